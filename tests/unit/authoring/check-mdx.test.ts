import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { explainMdxProblem, mdxIssue } from '../../../src/authoring/check/checks/mdx.ts';
import { openMdxCache } from '../../../src/authoring/check/mdx-cache.ts';
import { formatIssue } from '../../../src/authoring/check/report.ts';
import { runCheck } from '../../../src/authoring/check-command.ts';
import type { ContentEntry } from '../../../src/content-model/content.ts';
import { splitSource } from '../../../src/content-model/frontmatter.ts';
import { findMdxProblem, remarkPlugins } from '../../../src/markdown/mdx-syntax.ts';
import { characterClass, notInAuthoredText } from '../../../src/text/control-characters.ts';
import { fixture, runCommand, temporaryDir } from './helpers.ts';

const contentDir = fixture('mdx-bodies');

describe('MDX bodies in npm run check', () => {
	test('reports every .mdx page MDX cannot compile, at its line and column in the file, and exits 1', async () => {
		const result = await runCommand((io) =>
			runCheck([], { contentDir, root: contentDir, today: new Date(2026, 10, 23), env: {}, io }),
		);
		expect(result.exitCode).toBe(1);
		expect(
			result.stdout.replace(/in \d+\.\d\d s/, 'in <time>').replaceAll(`${contentDir}/`, ''),
		).toMatchInlineSnapshot(`
			"articles/aside-in-paragraph.mdx:11:33 error MDX cannot compile the body: <Aside> is never closed before the end of its paragraph (close it in the same paragraph, or put <Aside> and </Aside> on lines of their own with blank lines around what they hold)
			articles/line-break.mdx:9:38 error MDX cannot compile the body: <br> is never closed before the end of its paragraph (write <br /> or use a blank line)
			articles/placeholder-braces.mdx:13:13 error MDX cannot compile the body: MDX reads text in { } as JavaScript, and this is not JavaScript (escape { as \\{ or put code in backticks)
			articles/unclosed-fold.mdx:11:1 error MDX cannot compile the body: <details> is never closed (add </details> where it should end)
			runbooks/slow-queue.mdx:11:23 error MDX cannot compile the body: < starts a tag in MDX, and "5" cannot start a tag name (escape < as \\< or put code in backticks)

			5 errors, 0 warnings in 7 pages in <time>:
			  5 pages MDX cannot compile"
		`);
		// Components, code with braces, escaped braces and <br /> compile; a .md page is Markdown, not MDX.
		expect(result.stdout).not.toContain('good-components.mdx');
		expect(result.stdout).not.toContain('plain-markdown.md');
	});

	test('agrees with the MDX compiler of the build on every fixture and demo page', async () => {
		// The renderer @astrojs/mdx builds .mdx pages with, from the processor astro.config sets up.
		const processor = unified({ gfm: false, smartypants: false, remarkPlugins });
		const renderer = await processor.createMdxRenderer?.(
			{ syntaxHighlight: false },
			{ srcDir: new URL('../../../src/', import.meta.url), optimize: false },
		);
		if (!renderer) throw new Error('@astrojs/markdown-remark no longer renders MDX');
		const files = [`${contentDir}/articles`, `${contentDir}/runbooks`, 'content/articles', 'content/runbooks'].flatMap(
			(dir) =>
				readdirSync(dir)
					.filter((name) => name.endsWith('.mdx'))
					.map((name) => path.join(dir, name)),
		);
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const body = splitSource(readFileSync(file, 'utf8'), file).split?.body ?? '';
			const compiled = await renderer.process(body, path.resolve(file), {}).then(
				() => undefined,
				(error: { line?: number; column?: number }) => ({ line: error.line, column: error.column }),
			);
			const problem = findMdxProblem(body);
			expect(problem && { line: problem.line, column: problem.column }, file).toEqual(compiled);
		}
	});

	test('says what went wrong in plain words, with a hint for the common causes', () => {
		const explain = (body: string) => {
			const problem = findMdxProblem(body);
			if (!problem) return 'compiles';
			const { at, message, hint } = explainMdxProblem(problem, 10);
			return `${at ? `${at.line}:${at.column} ` : ''}${message}${hint ? ` (${hint})` : ''}`;
		};
		expect(explain('See the screenshot.\n\n<img src="./dns.png" alt="DNS">\n')).toBe(
			'3:1 <img> is never closed (write it self-closing: <img ... />)',
		);
		expect(explain('| Step | Note |\n| --- | --- |\n| 1 | first<br>then |\n')).toBe(
			'3:12 <br> is never closed before the end of its table cell (write <br /> or use a blank line)',
		);
		expect(explain('The payload is { "id": 1 }.')).toBe(
			'MDX reads text in { } as JavaScript, and this is not JavaScript (escape { as \\{ or put code in backticks)',
		);
		expect(explain('Fill in the form {\n\nthen save.')).toBe(
			'{ is never closed: MDX reads text in { } as JavaScript (escape { as \\{ or put code in backticks)',
		);
		expect(explain('Intro.\n\nexport your contacts from Settings.\n')).toBe(
			'MDX reads a line starting with "import" or "export" as JavaScript, and this one is not JavaScript (reword the line so it does not start with "import" or "export", or put code in backticks)',
		);
		expect(explain('<!-- a note for editors -->\n')).toBe(
			'HTML comments do not work in MDX (write comments as {/* text */})',
		);
		expect(explain('<a href=/pricing>Pricing</a>')).toBe(
			'an attribute value without quotes (write the value in quotes: name="value")',
		);
		// "Opened on line 11": the body's line 2 is line 11 of a file whose body starts at line 10.
		expect(explain('Intro.\n<b>Bold <i>both</b></i>')).toBe(
			'</b> does not close <i>, opened on line 11 (close tags in the reverse order they were opened)',
		);
		expect(explain('Done.</span>')).toBe(
			'a closing tag with no opening tag before it (remove it or add its opening tag)',
		);
		expect(explain('<Steps>\n\n1. One\n')).toBe('1:1 <Steps> is never closed (add </Steps> where it should end)');
	});

	test('keeps control characters of the page out of the message', () => {
		const body = 'Red \u001b[31m<\u001b]8;;x\u0007>link\n';
		const problem = findMdxProblem(body);
		expect(problem).toBeDefined();
		const entry = { file: 'articles/x.mdx', bodyLine: 7 } as ContentEntry;
		const line = formatIssue(mdxIssue(entry, problem as NonNullable<typeof problem>));
		expect(line).toBe(
			'articles/x.mdx:7:11 error MDX cannot compile the body: < starts a tag in MDX, and "\\u001b" cannot start a tag name (escape < as \\< or put code in backticks)',
		);
		expect(characterClass(notInAuthoredText).test(line)).toBe(false);
	});

	test('remembers the bodies that parse, and parses a changed body again', () => {
		const cacheDir = temporaryDir('mdx-cache');
		const first = openMdxCache(cacheDir);
		expect(first.verdict('Text <br /> here.')).toEqual({ components: [] });
		expect(first.verdict('Text <br> here.').problem?.reason).toMatch(/^Expected a closing tag for `<br>`/);
		first.save();
		const saved = JSON.parse(readFileSync(path.join(cacheDir, 'mdx-bodies.json'), 'utf8'));
		expect(saved.clean).toHaveLength(1);
		const second = openMdxCache(cacheDir);
		expect(second.verdict('Text <br /> here.')).toEqual({ components: [] });
		expect(second.verdict('Text <br> here.').problem?.reason).toMatch(/^Expected a closing tag for `<br>`/);
		// Outside the project root there is nothing to key the cache on: every body is parsed, nothing written.
		const elsewhere = temporaryDir('mdx-cache-elsewhere');
		const uncached = openMdxCache(elsewhere, elsewhere);
		expect(uncached.verdict('Text <br /> here.')).toEqual({ components: [] });
		uncached.save();
		expect(existsSync(path.join(elsewhere, 'mdx-bodies.json'))).toBe(false);
	});
});
