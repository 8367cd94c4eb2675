import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findMdxProblem, mdxParser, mdxRegion } from '../../../src/markdown/mdx-syntax.ts';

/** The parser's verdict on the whole text: what the build sees. */
function fullVerdict(text: string) {
	try {
		mdxParser.parse(text);
		return undefined;
	} catch (error) {
		const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
		return { line, column, reason };
	}
}

describe('the part of a body MDX is parsed in', () => {
	test('is the blocks from the first tag or expression to the last, other lines blanked so places stay', () => {
		const body = [
			'# Title',
			'',
			'Plain text.',
			'',
			'A <b>bold</b> word.',
			'',
			'More text.',
			'',
			'<Aside>Tip</Aside>',
			'',
			'The end.',
		];
		expect(mdxRegion(body.join('\n')).split('\n')).toEqual([
			'',
			'',
			'',
			'',
			'A <b>bold</b> word.',
			'',
			'More text.',
			'',
			'<Aside>Tip</Aside>',
			'',
			'',
		]);
	});

	test('reaches the block that closes an expression or a tag opened earlier', () => {
		const body = 'Intro.\n\n{\n\n"text"\n\n}\n\nAfter.';
		expect(mdxRegion(body)).toBe('\n\n{\n\n"text"\n\n}\n\n');
	});

	test('keeps a fenced code block whole, blank lines and all, and a list item with its indented continuation', () => {
		const fenced = 'Intro.\n\n```js\nconst a = 1;\n\nif (a < 2) {}\n```\n\nAfter.';
		expect(mdxRegion(fenced)).toBe('\n\n```js\nconst a = 1;\n\nif (a < 2) {}\n```\n\n');
		const list = 'Intro.\n\n- Step one\n\n  <br> inside the item\n\nAfter.';
		expect(mdxRegion(list)).toBe('\n\n- Step one\n\n  <br> inside the item\n\n');
	});

	test('is empty for Markdown without MDX syntax, which always parses', () => {
		expect(mdxRegion('# Title\n\nJust *Markdown* with a | table |\n')).toBe('');
		expect(findMdxProblem('# Title\n\nJust *Markdown*.')).toBeUndefined();
	});

	test('gives the verdict of the whole body, at the same place, on real pages and on pages broken on purpose', () => {
		const dir = 'tests/fixtures/authoring/mdx-bodies';
		const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => readFileSync(path.join(dir, file), 'utf8').split('\n---\n').slice(1).join('\n---\n'));
		const breaks = ['<br>', '</b>', '{', '<Aside>', '<!-- note -->', 'import x', '| <b> | </b> |'];
		let broken = 0;
		for (const page of pages) {
			const lines = page.split('\n');
			for (const [index, insert] of breaks.entries()) {
				const at = (index * 7) % (lines.length + 1);
				const text = [...lines.slice(0, at), insert, ...lines.slice(at)].join('\n');
				const whole = fullVerdict(text);
				if (whole) broken++;
				const problem = findMdxProblem(text);
				expect(problem && { line: problem.line, column: problem.column, reason: problem.reason }, text).toEqual(whole);
			}
		}
		expect(broken).toBeGreaterThan(10);
	});
});
