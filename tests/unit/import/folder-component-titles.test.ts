import { describe, expect, test } from 'vitest';
import { titleWords } from '../../../src/import/convert/title-code.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a title a component gives as a string, with code in backticks', () => {
	test('a step, an accordion and a tab show the code in their titles as code, not as backticks', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-component-titles')]);
		const body = articleBody(site.contentDir, 'install-the-cli');
		expect(body).toContain(
			'1. **Run `npm install -g brewer`**\n\n   It takes a minute.\n\n2. **Check it with `brewer --version` (or `brewer -v`)**\n\n   It prints the version.\n\n3. **Sign in**',
		);
		expect(body).toContain(
			'<details id="what-does-brewer-doctor-check">\n  <summary>What does `brewer doctor` check?</summary>\n\n  Your network and your key.\n</details>',
		);
		expect(body).toContain('## With `npx`\n\nRun it without installing.');
		expect(body).not.toContain('\\`');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('only code spans are read, as CommonMark reads them; other marks and an unclosed backtick stay as written', () => {
		expect(titleWords('Use `a` and ``b ` c``')).toEqual([
			{ type: 'text', value: 'Use ' },
			{ type: 'inlineCode', value: 'a' },
			{ type: 'text', value: ' and ' },
			{ type: 'inlineCode', value: 'b ` c' },
		]);
		expect(titleWords('`` `tick` ``')).toEqual([{ type: 'inlineCode', value: '`tick`' }]);
		expect(titleWords('Allow *.example.com and `unclosed')).toEqual([
			{ type: 'text', value: 'Allow *.example.com and `unclosed' },
		]);
		expect(titleWords('``a`')).toEqual([{ type: 'text', value: '``a`' }]);
	});
});
