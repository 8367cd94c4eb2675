import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { detectGenerator } from '../../../src/import/sources/generators.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Fumadocs docs folder', () => {
	test("Shiki's notation comments leave the code; lines marked added or removed make a diff", async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(stdout).toContain('skipped 0');
		const body = articleBody(site.contentDir, 'connect-a-lamp');
		expect(body).not.toContain('[!code');
		expect(body).toContain(
			[
				'`hub.config.ts`',
				'',
				'```ts',
				'import { hub } from "lantern";',
				'',
				'export default hub({',
				'  lamps: ["porch"],',
				'  brightness: 80,',
				'  timeout: 30,',
				'});',
				'```',
			].join('\n'),
		);
		expect(body).toContain(
			['```diff', '  export default hub({', '-   dimmer: true,', '+   brightness: 80,', '  });', '```'].join('\n'),
		);
		expect(body).toContain('```html\n<lamp id="porch"></lamp>\n```');
		// Words of a comment stay, and code that looks like a comment's start does not go.
		expect(body).toContain(
			[
				'for (let i = 10; i > 0; i--) {',
				'  dim(i); // one step a second',
				'}',
				'const label = "porch"; // the lamp\'s name',
			].join('\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an install block (package-install, npm) is the npm command in a shell block, as the old site showed it first', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'install-the-hub-software')).toBe(
			[
				'Add the library to your project:',
				'```bash\nnpm install lantern @lantern/hub\n```',
				'Then create the lamp table:',
				'```bash\nnpx lantern migrate\n```',
				'```bash\nnpm i lantern-cli -D\n```\n',
			].join('\n\n'),
		);
	});

	test('a file tree, a type table (written inline or as an export) and accordions keep their words', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-fumadocs/content/docs'),
			'--base-path',
			'/docs',
		]);
		expect(stdout).not.toContain('was not converted');
		expect(articleBody(site.contentDir, 'hub-options')).toBe(
			[
				'The hub reads its settings from `hub.config.ts`:',
				'- `config/`\n  - `hub.config.ts`\n  - `lamps.json`',
				'## Options',
				'- `brightness` (number, default: `80`): How bright a lamp shines, from 0 to 100.\n' +
					'- `legacyDimmer` (boolean, deprecated): The old dimmer switch.',
				'## Schedule',
				'- `start` (string, required): When the lamps turn on, as `HH:MM`.\n' +
					'- `fade-out` (number, default: `30`): Seconds the lamps take to go dark. See [the schedule](/articles/install-the-hub-software/).',
				'## Questions',
				'<details id="can-two-hubs-share-a-lamp">\n  <summary>Can two hubs share a lamp?</summary>\n\n  No, a lamp pairs with one hub.\n</details>',
				'<details id="does-the-hub-need-the-internet">\n  <summary>Does the hub need the internet?</summary>\n\n  Only for updates.\n</details>\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('without --base-path, the folder is read where Fumadocs served it: content/docs at /docs', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'hub-options')).toContain(
			'See [the schedule](/articles/install-the-hub-software/).',
		);
		expect(stdout).not.toContain('kept only their words');
		const redirects = parse(readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8')).redirects;
		expect(redirects).toContainEqual({ from: '/docs/setup/hub-options', to: 'folder:setup/hub-options' });
		expect(redirects).toContainEqual({ from: '/docs', to: 'folder:index' });
	});

	test('a docs folder copied without its site is known as Fumadocs by its meta.json', () => {
		const alone = temporaryDir('fumadocs-alone');
		cpSync(importFixture('folder-fumadocs/content/docs'), alone, { recursive: true });
		expect(detectGenerator(alone)).toEqual({ name: 'fumadocs', docsPath: '/docs' });
		expect(detectGenerator(importFixture('folder-fumadocs/content/docs/setup'))).toEqual({
			name: 'fumadocs',
			docsPath: '/docs/setup',
		});
	});

	test("each folder is named by its meta.json's title, in the starter map and where titles need telling apart", async () => {
		const site = emptySite();
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs'), '--dry-run']);
		const starter = readFileSync(path.join(site.contentDir, 'import-map.yaml'), 'utf8');
		expect(starter).toContain('# "Getting Set Up" (4 articles)');
		expect(starter).toContain('# "Lamp Care" (5 articles)');
		writeFileSync(path.join(site.contentDir, 'import-map.yaml'), defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(stdout).toContain(
			'title: "Troubleshooting" is also another page\'s, so it became "Troubleshooting (Lamp Care)"',
		);
		expect(stdout).toContain('so it became "Troubleshooting (Getting Set Up)"');
	});

	test('a blank string a formatter put on a line of its own ({" "}) shows nothing, without an import note', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'replace-a-bulb')).toBe(
			[
				'<Aside type="caution">\n  Let the bulb cool for a minute before you touch it.\n</Aside>',
				'Twist the old bulb to the left\nand lift it out.\n',
			].join('\n\n'),
		);
	});

	test("a component that links (Next.js' <Link href>) keeps its words as the link's", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'buy-bulbs')).toBe(
			[
				'Order spares from [the Lantern shop](https://shop.example.com/bulbs) or read [how to replace one](/articles/replace-a-bulb/) first.',
				'[The warranty covers bulbs for a year.](https://shop.example.com/warranty)',
				'[Stores near you](https://shop.example.com/stores)',
				'Open on weekdays.\n',
			].join('\n\n'),
		);
	});

	test("a heading's custom id ([#warm]) leaves its words and stays its anchor", async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'lamp-colours')).toBe(
			[
				'Lamps take any colour of the [warm range](#warm-colours-for-the-evening).',
				'<a id="warm" />',
				'## Warm colours for the evening',
				'Amber and candle light.',
				'<a id="cool" />',
				'## Cool colours',
				'Daylight white, for the loading bay.\n',
			].join('\n\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an <include>d Markdown file is written in where it stands; one that is not there leaves a note', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'clean-a-lamp')).toBe(
			[
				'<Aside type="caution">\n  Unplug the lamp and wait a minute first.\n</Aside>',
				'Wipe the glass with a dry cloth.',
				'<Aside type="caution" title="Import note">\n  The original page used a `<include>` here; it was not imported.\n</Aside>\n',
			].join('\n\n'),
		);
		expect(stdout).toContain(
			'the imported file ../../shared/not-here.mdx is not in the folder, so <include> could not be written in',
		);
	});
});
