import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: billing\nzendesk: {}\n';

async function imported(format: 'mdx' | 'md'): Promise<string> {
	const site = emptySite(map);
	const args = ['--from', 'zendesk', '--dump', importFixture('zendesk-note-boxes'), '--offline'];
	const result = await runImport(site, format === 'md' ? [...args, '--md'] : args);
	expect(result.stdout).toContain('written 1');
	const body = readFileSync(path.join(site.contentDir, `articles/when-your-plan-renews.${format}`), 'utf8');
	return body.slice(body.indexOf('---', 4) + 4);
}

describe('Zendesk note boxes and code blocks, as agents write them', () => {
	test('a box says its kind once: its "Note:" label goes, a label that says more is its title', async () => {
		expect(await imported('mdx')).toMatchInlineSnapshot(`
			"
			Plans renew on the day you first paid.

			<Aside type="note">
			  A paused plan does not renew.
			</Aside>

			<Aside type="note">
			  Renewal emails go to the billing contact.
			</Aside>

			<Aside type="caution" title="Important">
			  Removing the last card cancels the renewal.
			</Aside>

			<Aside type="note" title="Important">
			  Prices include tax only in the EU.
			</Aside>

			**Contact us:** write to billing if the date looks wrong.

			**Note:** centred text stays a paragraph.

			<Aside type="tip">
			  **Note** that renewals never change your plan.
			</Aside>

			<Aside type="note">
			  Renewals run at midnight UTC.
			</Aside>

			<Aside type="note">
			  Grace periods last seven days.
			</Aside>

			\`\`\`
			GET /v1/renewals?plan=pro
			\`\`\`
			"
		`);
	});

	test('in Markdown the boxes are quotes with the same titles', async () => {
		const markdown = await imported('md');
		expect(markdown).toContain('> **Note:** A paused plan does not renew.');
		expect(markdown).toContain('> **Important:** Prices include tax only in the EU.');
		expect(markdown).not.toMatch(/\*\*Note:?\*\*:? \*\*Note/i);
	});
});
