import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, intercomMap, runImport } from './helpers.ts';

/** An Intercom dump of two articles in collection 7001, written where the test says. */
function intercomDump(root: string, bodies: { first: string; second: string }) {
	const dir = path.join(root, 'dump');
	mkdirSync(dir, { recursive: true });
	const article = (id: string, title: string, body: string) => ({
		type: 'article',
		id,
		title,
		body,
		state: 'published',
		parent_id: 7001,
		updated_at: 1717200000,
		url: `https://help.acme.test/en/articles/${id}-${title.toLowerCase().replaceAll(' ', '-')}`,
	});
	writeFileSync(
		path.join(dir, 'articles.json'),
		JSON.stringify({
			type: 'list',
			data: [article('9101', 'Rotate keys', bodies.first), article('9102', 'Key settings', bodies.second)],
		}),
	);
	writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ data: [{ id: 7001, name: 'Webhooks' }] }));
	return dir;
}

describe('links in help-center articles', () => {
	test('a text fragment goes along with the link to the new page, with no note, and check accepts it', async () => {
		const site = emptySite(intercomMap);
		const dump = intercomDump(site.root, {
			first:
				'<p>Open <a href="https://help.acme.test/en/articles/9102-key-settings#:~:text=Expiry-,date">the expiry date</a> or <a href="#:~:text=rotate">read on</a>.</p><p>Then rotate.</p>',
			second: '<h2>Expiry</h2><p>Expiry date of each key.</p>',
		});
		const result = await runImport(site, ['--from', 'intercom', '--dump', dump, '--offline']);
		expect(articleBody(site.contentDir, 'rotate-keys')).toContain(
			'Open [the expiry date](/articles/key-settings/#:~:text=Expiry-,date) or [read on](#:~:text=rotate).',
		);
		expect(result.stdout).not.toContain(':~:');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('words typed where the address goes keep their text, unlinked, and are listed without terminal controls', async () => {
		const site = emptySite(intercomMap);
		const dump = intercomDump(site.root, {
			first:
				'<p>See <a href="https://Key%20settings%20page">Key settings</a> and <a href="http://the \u001b[31mred\u001b[0m part">the red part</a>.</p>',
			second: '<p>Settings.</p>',
		});
		const result = await runImport(site, ['--from', 'intercom', '--dump', dump, '--offline']);
		expect(result.exitCode).toBe(1);
		expect(articleBody(site.contentDir, 'rotate-keys')).toBe('See Key settings and the red part.\n');
		expect(result.stdout).toContain(
			'the link to https://Key%20settings%20page is no web address (words where the address goes?); its text stays, unlinked',
		);
		expect(result.stdout).not.toContain('\u001b');
		expect(checkErrors(site.contentDir)).toEqual([]);
		expect(readFileSync(path.join(site.contentDir, 'articles', 'rotate-keys.mdx'), 'utf8')).not.toContain('\u001b');
	});
});
