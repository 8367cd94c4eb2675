import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: pymdownx.arithmatex math', () => {
	test('$…$, \\(…\\), $$, \\[ and \\begin blocks are shown as their TeX, in code; prices stay text', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-mkdocs-arithmatex')]);
		const body = articleBody(site.contentDir, 'boiling-time');
		expect(body).toContain('The energy needed is `E = m c \\Delta T`, where `c` is the specific heat of water.');
		expect(body).toContain('```latex\nt = \\frac{E}{P}\n```');
		expect(body).toContain('```latex\nP = 3\\,\\mathrm{kW}\n```');
		expect(body).toContain('```latex\n\\begin{align}\nE &= 1.7 \\times 4186 \\times 80\n\\end{align}\n```');
		expect(body).toContain('A refill costs $2 and a filter $5');
		expect(body).toContain('`\\(code\\)` stays.');
		expect(result.stdout).toContain('5 math formulas are shown as their TeX');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
