import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: HTML elements in an MDX page', () => {
	test('lists, bold, italics and code written as HTML keep their form, as the old site showed them', async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mdx-html')]);
		expect(stdout).toContain('written 2, updated 0, unchanged 0, skipped 0');
		const body = articleBody(site.contentDir, 'email-follow-ups');
		expect(body).toContain('Follow-ups do **not** go to _unverified_ addresses, nor to `noreply` ones.');
		// Each item its own line of a list, not the items run together into one paragraph.
		expect(body).toContain(
			'   The "To" field can be:\n   - **Verified email:** the address the respondent confirmed\n   - **Team members:** anyone on your team\n',
		);
		expect(body).toContain(
			'2. **Write the email**\n\n   2. Write the subject.\n   3. **Add response data**, with:\n      - File uploads\n      - Rankings\n',
		);
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('bold that loses an icon or an expression at its edge keeps its words bold, the space outside it', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-mdx-html')]);
		expect(articleBody(site.contentDir, 'record-details')).toBe(
			'Open **Settings**, then look for the **Translated to** chip.\n',
		);
	});
});
