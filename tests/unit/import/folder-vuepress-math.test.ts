import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function importSite(fixture: string) {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture(fixture)]);
	return { site, result, body: articleBody(site.contentDir, 'brightness') };
}

describe('folder import: $…$ math on a site whose configuration typesets it', () => {
	test('each formula in a sentence or a table cell is its TeX as code, listed for review; prices stay text', async () => {
		const { site, body, result } = await importSite('folder-vuepress-math');
		expect(body).toContain('The light falls off as `I_d = I_0 / d^2` with the distance `d`.');
		expect(body).toContain('| Dimmer  | `b_{out} = b_{in} \\cdot k` |');
		expect(body).toContain('A spare bulb costs $5 and a pack costs $12, or US$20 for both.');
		expect(body).toContain('Set `$LANTERN_HOME` first');
		expect(result.stdout).toContain(
			'3 math formulas are shown as their TeX, since the help center does not typeset math',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without a math plugin, a $ is a dollar', async () => {
		const { body } = await importSite('folder-vuepress-math-off');
		expect(body).not.toContain('`d`');
		expect(body).toContain('with the distance $d$.');
	});
});
