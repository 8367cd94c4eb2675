import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: the components a Fumadocs site registers for every page in mdx-components.tsx', () => {
	test('one whose code shows fixed words is written in where a page uses it without an import; one it cannot read is reported with its page', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-fumadocs-global-components/content/docs'),
		]);
		expect(articleBody(site.contentDir, 'boil-water')).toBe(
			[
				'<Aside type="caution">\n  **Hard water clogs the heater.** [Descale it every month.](/articles/descale-the-kettle/)\n</Aside>',
				'Fill the kettle to the line and press the switch.',
				'<Aside type="caution" title="Import note">\n  The original page used a `<TemperatureChart>` here; it was not imported.\n</Aside>\n',
			].join('\n\n'),
		);
		expect(stdout).toContain(
			'the <DescaleNotice> component became what its code (src/components/descale-notice.tsx) shows: its text and links',
		);
		expect(stdout).toMatch(
			/the <TemperatureChart> component \(the site's own, in src\/components\/temperature-chart\.tsx, which the import cannot read\) was not converted: 1 use in 1 article: boil-water\.mdx \(line 10\)/,
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
