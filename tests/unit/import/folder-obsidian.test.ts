import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

/** The fixture vault imported into an empty site (each test gets its own: temporary folders go after each test). */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-obsidian')]);
	return { site, stdout, body: articleBody(site.contentDir, 'start-here') };
}

describe('folder import: an Obsidian vault (Obsidian Publish help centers)', () => {
	test('wikilinks lead to the articles and their headings, by note name wherever the note sits', async () => {
		const { body } = await imported();
		expect(body).toContain(
			'Keep your notes on every device with [Sync your notes](/articles/sync-your-notes/), and read [what Sync costs](/articles/sync-your-notes/#pricing) first. Jump to [Next steps](#next-steps).',
		);
		// In a table the bar is written `\|`: the words after it are the link's.
		expect(body).toContain('| Sync | [Sync](/articles/sync-your-notes/) |');
		expect(body).toContain('Link [Sync your notes](/articles/sync-your-notes/) here too.');
	});

	test('embedded pictures come along from wherever the vault keeps them; an embedded note becomes a link', async () => {
		const { body, stdout } = await imported();
		expect(body).toContain('![](./start-here/screen.png)');
		expect(body).toContain('Star a note with ![](./start-here/lucide-star.svg) in the ribbon.');
		expect(body).toContain('\n[Sync your notes](/articles/sync-your-notes/)\n');
		expect(stdout).toContain('the note embedded with ![[Sync your notes]] became a link to it');
		expect(stdout).toContain('images copied 2');
	});

	test('a note the vault lacks is reported and its words stay; syntax in code and comments are left as Obsidian shows them', async () => {
		const { body, stdout } = await imported();
		expect(body).toContain('Some ideas have no page yet: Missing note.');
		expect(stdout).toContain('the link to /Missing%20note leads to no imported page');
		expect(body).toContain('Write `[[Not a link]]` to link a note. This stays hidden.');
		expect(body).toContain('```md\n[[Also not a link]] and %%not a comment%%\n```');
		expect(body).not.toContain('a reminder to ourselves');
		expect(body).not.toContain('A block comment');
	});

	test('callouts become asides with their titles, folded or not', async () => {
		const { site, body } = await imported();
		expect(body).toContain('<Aside type="note" title="Fold me">\n  Open the ribbon first.\n</Aside>');
		expect(body).toContain('<Aside type="note" title="An example">\n  Link [Sync your notes]');
		expect(body).toContain('<Aside type="note">\n  GitHub alerts still read as before.\n</Aside>');
		expect(body).not.toContain('[!');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
