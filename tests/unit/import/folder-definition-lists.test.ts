import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const folder = ['--from', 'folder', importFixture('folder-definition-lists')];

describe('folder import: definition lists (term, then ": definition")', () => {
	test('become a bullet list, each term in bold over its definitions, and check passes', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, folder);
		const body = articleBody(site.contentDir, 'receipt-printer-settings');
		expect(body).toContain(
			'- **paper width**\n\n  The width of the roll, in millimetres. Most tills take 80 mm rolls.\n\n- **logo**\n\n',
		);
		// A definition runs on over the lines under it; a second `: ` opens another.
		expect(body).toContain(
			"- **logo**\n\n  An image printed above the shop's name.\n  Keep it black and white: grey prints as dots.\n\n  Leave it empty to print the name alone.\n",
		);
		// Two terms share one definition.
		expect(body).toContain('- **copies**\\\n  **auto-cut**\n\n  How many receipts print per sale');
		// A blank line between a term and its definition keeps them together.
		expect(body).toContain('- **tax summary**\n\n  A line per tax rate under the total, as some countries require.\n');
		// A definition may start with emphasis, and a blank line may stand between two definitions.
		expect(body).toContain(
			'- **file format**\n\n  _PDF_ keeps the layout of the till.\n\n  _PNG_ is a picture of the receipt.\n',
		);
		expect(body.slice(0, body.indexOf('```'))).not.toMatch(/^\s*: /m);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a colon inside a sentence and a definition inside code stay as written', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, folder);
		const body = articleBody(site.contentDir, 'receipt-printer-settings');
		expect(body).toContain('\nWords with a colon stay as they are: ratio: 3 to 1.\n');
		expect(body).toContain('```yaml\npaper width\n: not a definition inside code\n```');
	});
});
