import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openMdxCache } from '../../../src/authoring/check/mdx-cache.ts';
import { runCheck } from '../../../src/authoring/check-command.ts';
import { sourcesVersion } from '../../../src/content-model/cache-files.ts';
import { mdxComponentNames, mdxVerdict } from '../../../src/markdown/mdx-components.ts';
import { fixture, runCommand, temporaryDir } from './helpers.ts';

const contentDir = fixture('mdx-components');

/** The components a body uses that nothing gives it, as `name line:column`. */
const unprovided = (body: string) =>
	mdxVerdict(body).components.map(({ name, line, column }) => `${name} ${line}:${column}`);

describe('MDX components in npm run check', () => {
	test('reports every component the pages do not provide, at its line and column, and exits 1', async () => {
		const result = await runCommand((io) =>
			runCheck([], { contentDir, root: contentDir, today: new Date(2026, 10, 23), env: {}, io }),
		);
		expect(result.exitCode).toBe(1);
		expect(
			result.stdout.replace(/in \d+\.\d\d s/, 'in <time>').replaceAll(`${contentDir}/`, ''),
		).toMatchInlineSnapshot(`
			"articles/moved-from-another-tool.mdx:11:1 error <Note> is not a component pages are given (<Aside>) and is not imported in this file, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)
			articles/moved-from-another-tool.mdx:15:1 error <Tabs> is not a component pages are given (<Aside>) and is not imported in this file, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)
			articles/moved-from-another-tool.mdx:16:3 error <Tab> is not a component pages are given (<Aside>) and is not imported in this file, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)
			articles/moved-from-another-tool.mdx:19:22 error <Badge> is not a component pages are given (<Aside>) and is not imported in this file, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)
			articles/moved-from-another-tool.mdx:21:1 error <Card.Group> needs Card, which this file does not import, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)
			runbooks/handoff.mdx:12:4 error <Callout> is not a component pages are given (<Aside>) and is not imported in this file, so the build fails on this page (use <Aside> for a callout, or import the component at the top of the file)

			6 errors, 0 warnings in 4 pages in <time>:
			  6 MDX components the pages do not provide"
		`);
		// Imported and exported components, <Fragment> and .md pages pass; so do <Aside>, HTML and code (the snapshot has none of their lines).
		expect(result.stdout).not.toContain('own-components.mdx');
		expect(result.stdout).not.toContain('plain-markdown.md');
	});

	test('a component the pages provide, Astro’s Fragment and lower-case HTML elements are fine', () => {
		expect(mdxComponentNames).toContain('Aside');
		expect(unprovided('<Aside type="tip">Check the records.</Aside>')).toEqual([]);
		expect(unprovided('<Fragment>Text</Fragment>')).toEqual([]);
		expect(unprovided('<details>\n<summary>More</summary>\nText <kbd>Ctrl</kbd>\n</details>')).toEqual([]);
		expect(unprovided('<my-widget />\n\n<svg:rect />')).toEqual([]);
	});

	test('a component the pages do not provide is reported, in a block, in a sentence, nested or dotted', () => {
		expect(unprovided('Intro.\n\n<Note>\nText.\n</Note>\n')).toEqual(['Note 3:1']);
		expect(unprovided('Copy the key <Badge text="once" /> now.')).toEqual(['Badge 1:14']);
		expect(unprovided('<Tabs>\n  <Tab title="A">One</Tab>\n</Tabs>')).toEqual(['Tabs 1:1', 'Tab 2:3']);
		expect(unprovided('<Card.Group />\n\n<motion.div>Text</motion.div>')).toEqual(['Card.Group 1:1', 'motion.div 3:1']);
		// `<Aside.Title>` is no part of what the pages give.
		expect(unprovided('<Aside.Title>Text</Aside.Title>')).toEqual(['Aside.Title 1:1']);
		// Where MDX parses less than the whole body, places are still the body's.
		expect(unprovided('# Title\n\nPlain text.\n\n- Item\n\n  <Note>Inside the item.</Note>\n')).toEqual(['Note 7:3']);
	});

	test('a component the file imports or exports is fine, wherever the statement stands', () => {
		expect(unprovided('import { Code } from \'astro:components\';\n\n<Code code="x" lang="js" />')).toEqual([]);
		expect(unprovided("import Steps from './Steps.astro';\n\n<Steps>Text</Steps>")).toEqual([]);
		expect(unprovided("import * as Ui from './ui.ts';\n\n<Ui.Card />")).toEqual([]);
		expect(unprovided("<Later />\n\nimport { Later } from './later.ts';\n")).toEqual([]);
		expect(unprovided("export const parts = { Step: 'li' };\n\n<parts.Step>One</parts.Step>")).toEqual([]);
		expect(unprovided('export function Box() {}\n\n<Box />')).toEqual([]);
		// Astro gives a page the components its `components` export maps.
		expect(unprovided("import S from './S.astro';\nexport const components = { Note: S };\n\n<Note>x</Note>")).toEqual(
			[],
		);
		// A map it cannot read may hold any component: nothing is reported.
		expect(unprovided("import made from './made.ts';\nexport const components = made;\n\n<Note>x</Note>")).toEqual([]);
		// An import binds its own name only.
		expect(unprovided("import Steps from './Steps.astro';\n\n<Step>Text</Step>")).toEqual(['Step 3:1']);
	});

	test('code blocks, inline code and escaped tags hold no components', () => {
		expect(unprovided('Write `<Note>` in prose.\n\n```mdx\n<Tabs>\n  <Tab>Shown</Tab>\n</Tabs>\n```\n')).toEqual([]);
		// MDX has no indented code: four spaces do not make a tag text, as they would in Markdown.
		expect(unprovided('    <Note>indented</Note>\n')).toEqual(['Note 1:5']);
		expect(unprovided('Type \\<Note> to see it.')).toEqual([]);
		// A body MDX cannot parse is the MDX check's to report, with no component verdict.
		expect(mdxVerdict('<Note>\n\nnever closed')).toMatchObject({
			components: [],
			problem: { ruleId: 'end-tag-mismatch' },
		});
	});

	test('the cache remembers only bodies with nothing to report, and no verdict of the format before components', () => {
		const cacheDir = temporaryDir('mdx-cache');
		const body = 'Intro.\n\n<Note>Text.</Note>\n';
		const first = openMdxCache(cacheDir);
		expect(first.verdict(body).components).toHaveLength(1);
		expect(first.verdict('<Aside>Fine.</Aside>').components).toEqual([]);
		first.save();
		const cacheFile = path.join(cacheDir, 'mdx-bodies.json');
		expect(JSON.parse(readFileSync(cacheFile, 'utf8')).clean).toHaveLength(1);
		expect(openMdxCache(cacheDir).verdict(body).components).toHaveLength(1);
		// Written before this check existed: every body that parsed, keyed on the parser alone.
		const parserOnly = sourcesVersion(process.cwd(), ['src/markdown/mdx-syntax.ts', 'package-lock.json']);
		const digest = createHash('sha256').update(body).digest('base64url');
		writeFileSync(cacheFile, JSON.stringify({ version: parserOnly, parses: [digest] }));
		expect(openMdxCache(cacheDir).verdict(body).components).toHaveLength(1);
		writeFileSync(cacheFile, JSON.stringify({ version: parserOnly, clean: [digest] }));
		expect(openMdxCache(cacheDir).verdict(body).components).toHaveLength(1);
	});
});
