import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: TeX math for MathJax or KaTeX', () => {
	test('formulas between \\\\( \\\\), \\\\[ \\\\] and $$ lines are kept as TeX code and listed for review; code and prices stay', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-math')]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 0');
		const body = articleBody(site.contentDir, 'daily-load');
		expect(body).toContain('```latex\n\\frac{1}{I_1} + \\frac{1}{I_2} + \\dots + \\frac{1}{I_n}\n```');
		expect(body).toContain('Here, `I_n` is the interval');
		expect(body).toContain('give `\\frac{1}{10} + \\frac{1}{50} = 0.12` cards a day.');
		expect(body).toContain('```latex\n\\sum_{k=1}^{n} \\frac{1}{I_k}\n```');
		expect(body).toContain('A plan costs $5 a month, or $50 a year.');
		expect(body).toContain('write `\\(x^2\\)` in the field');
		expect(body).toContain('```text\n$$\nx^2\n$$\n```');
		expect(body).not.toContain('\\\\(');
		expect(stdout).toContain('4 math formulas are shown as their TeX, since the help center does not typeset math');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
