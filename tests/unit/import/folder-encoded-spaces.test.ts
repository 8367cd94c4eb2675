import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: spaces an editor kept as character references at the ends of lines', () => {
	test('they go where a line ends, since they show nothing there; inside a line and in code they stay', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-encoded-spaces/docs')]);
		const body = articleBody(site.contentDir, 'export-your-invoices');
		expect(body).toContain('Open **Billing** and choose the year.\n');
		expect(body).toContain('You can export to the accounting tool,\nor\nto a spreadsheet.\n');
		expect(body).toContain('1. Pick the format.\n2. Press **Export**.\n');
		expect(body).toContain('  Exports include refunds.\n');
		expect(body).toContain('Keep the words  in the middle of a line.');
		expect(body).toContain('echo "done"&#x20;\n');
		// After an address, GFM would read the reference as part of it.
		expect(body).toContain('[https://pay.example.com/testing#cards](https://pay.example.com/testing#cards)');
		expect(body.replace(/```[\s\S]*?```/g, '')).not.toContain('&#x20;');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
