import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

/** One generator's folder of the fixture, imported into an empty site. */
async function imported(generator: string) {
	const site = emptySite('defaults:\n  category: usability\n  productArea: account\n');
	const { stdout } = await runImport(site, [
		'--from',
		'folder',
		path.join(importFixture('unclosed-list-blocks'), generator, 'docs'),
	]);
	return { site, stdout };
}

/** The lines of the report under one article's name in "To review". */
function reviewOf(stdout: string, file: string): string[] {
	const lines = stdout.slice(stdout.indexOf('To review')).split('\n');
	const at = lines.findIndex((line) => line.includes(`${file} (`));
	const after = lines.slice(at + 1);
	const end = after.findIndex((line) => !line.startsWith('    - '));
	return after.slice(0, end === -1 ? undefined : end);
}

describe('folder import: a callout opened in a list item and not closed inside it', () => {
	test('Docusaurus: the block ends where its list item ends and every item after it stays in the list', async () => {
		const { site, stdout } = await imported('docusaurus');
		// Never closed.
		const rotate = articleBody(site.contentDir, 'rotate-an-api-key');
		expect(rotate).toContain(
			'1. Create a second key under **Developers › Keys**.\n\n   <Aside type="caution">\n     The old key stops working as soon as you delete it.\n   </Aside>\n2. Deploy the new key to every server.\n3. Delete the old key.\n\nRequests signed with the old key fail from then on.',
		);
		// Closed by a `:::` at the margin after the list: that line closes nothing on the old site and goes.
		const invite = articleBody(site.contentDir, 'invite-members');
		expect(invite).toContain(
			'- Open **Team** and choose **Invite**.\n\n  <Aside type="tip">\n    Paste several addresses at once, one per line.\n  </Aside>\n- Pick a role for each address.\n- Choose **Send invitations**.\n\nInvitations expire after seven days.',
		);
		// Its words at the margin, closed after two more items: the words go in, the items stay items.
		const logs = articleBody(site.contentDir, 'export-logs');
		expect(logs).toContain(
			'1. Open **Logs**.\n\n   <Aside type="note">\n     Exports include the last 90 days.\n   </Aside>\n2. Choose a date range.\n3. Choose **Export**.\n\nThe file arrives by email.',
		);
		// Inside another block, a list's block is read as written: the `:::` at the margin closes the outer one.
		const alerts = articleBody(site.contentDir, 'billing-alerts');
		expect(alerts).toContain(
			'<Aside type="note">\n  - Set a monthly limit under **Billing › Alerts**.\n\n    <Aside type="tip">\n      Start at last month\'s total.\n    </Aside>\n</Aside>\n\nAn email goes out when spending reaches the limit.',
		);
		for (const body of [rotate, invite, logs, alerts]) {
			expect(body).not.toMatch(/^\s*:{3,}/m);
			expect(mdxProblem(body)).toBeUndefined();
		}
		expect(reviewOf(stdout, 'rotate-an-api-key.mdx')).toEqual([
			'    - a ":::caution" block in a list item was not closed inside it, so it ends where the item ends, as on the old site; check that the words after it belong outside it (line 7)',
		]);
		expect(reviewOf(stdout, 'invite-members.mdx')).toEqual([
			'    - a ":::tip" block in a list item was not closed inside it, so it ends where the item ends, as on the old site; check that the words after it belong outside it (line 7)',
			'    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 13)',
		]);
		expect(reviewOf(stdout, 'export-logs.mdx')).toEqual([
			`    - a ":::note" block in a list item was closed only after the list's next item; it now ends before that item: check that the words after it belong outside it (line 7)`,
			'    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 12)',
		]);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('VitePress: a container closed at the margin after the list ends with its list item', async () => {
		const { site, stdout } = await imported('vitepress');
		const body = articleBody(site.contentDir, 'invite-members');
		expect(body).toContain(
			'- Open **Team** and choose **Invite**.\n\n  <Aside type="tip" title="One per line">\n    Paste several addresses at once.\n  </Aside>\n- Pick a role for each address.\n- Choose **Send invitations**.\n\nInvitations expire after seven days.',
		);
		expect(reviewOf(stdout, 'invite-members.mdx')).toEqual([
			'    - a ":::tip" block in a list item was not closed inside it, so it ends where the item ends, as on the old site; check that the words after it belong outside it (line 5)',
			'    - a line of nothing but ":::" closed no block and was left out: the block above may have ended early; check it (line 11)',
		]);
	});

	test("MkDocs: `!!!` and `???` blocks in list items end with their indentation and the list's items stay", async () => {
		const { site } = await imported('mkdocs');
		expect(articleBody(site.contentDir, 'rotate-an-api-key')).toContain(
			'1. Create a second key under **Developers › Keys**.\n\n   <Aside type="caution">\n     The old key stops working as soon as you delete it.\n   </Aside>\n\n2. Deploy the new key to every server.\n\n   <details>\n     <summary>Several servers</summary>\n\n     Deploy to one server first and check its requests.\n   </details>\n\n3. Delete the old key.\n\nRequests signed with the old key fail from then on.',
		);
	});
});
