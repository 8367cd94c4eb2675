import { describe, expect, test } from 'vitest';
import { formatAnnotation } from '../../../src/cli/github-annotations.ts';
import {
	inline,
	joinLines,
	jsonText,
	logLine,
	markdownCode,
	markdownText,
	plainOrQuoted,
	quoted,
	showInvisible,
} from '../../../src/cli/untrusted-text.ts';

describe('untrusted text on one line (inline)', () => {
	test.each([
		['LF', 'T-1\n::error::x', 'T-1 ::error::x'],
		['CRLF', 'T-1\r\n::error::x', 'T-1 ::error::x'],
		['a lone CR', 'T-1\r::error::x', 'T-1 ::error::x'],
		['VT and FF', 'a\vb\fc', 'a b c'],
		['NEL', 'a\u0085::add-mask::x', 'a ::add-mask::x'],
		['LINE SEPARATOR', 'a\u2028::stop-commands::x', 'a ::stop-commands::x'],
		['PARAGRAPH SEPARATOR', 'a\u2029b', 'a b'],
		['a run of breaks and spaces', 'a \n\n  \r\n b', 'a b'],
		['a tab', 'a\tb', 'a b'],
	])('%s collapses to a space', (_, text, expected) => {
		expect(inline(text)).toBe(expected);
	});

	test.each([
		['an OSC window title, BEL-terminated', 'a\x1b]0;owned\x07b', 'ab'],
		['an OSC 8 hyperlink, ST-terminated', '\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\', 'link'],
		['SGR colours', '\x1b[31mred\x1b[0m', 'red'],
		['a cursor move and a screen clear', 'a\x1b[1A\x1b[2Jb', 'ab'],
		['an 8-bit CSI', 'a\x9b31mb', 'ab'],
		['an 8-bit OSC', 'a\x9d0;t\x9cb', 'ab'],
		['a two-character escape (reset)', 'a\x1bcb', 'ab'],
		['an unterminated OSC keeps the text after its introducer', 'a\x1b]0;rest', 'a0;rest'],
		['BEL, backspace, NUL and DEL', 'a\x07\x08\x00\x7fb', 'ab'],
		['bidi overrides, isolates and marks', 'a\u202eb\u202cc\u2066d\u2069e\u200ff\u061c', 'abcdef'],
	])('%s is stripped', (_, text, expected) => {
		expect(inline(text)).toBe(expected);
	});

	test('ordinary text, emoji sequences and non-Latin scripts are left alone', () => {
		const text = 'Café — 👩‍💻 🇩🇪 日本語 नमस्ते «ok»  two  spaces';
		expect(inline(text)).toBe(text);
	});
});

describe('a value named in a message (quoted)', () => {
	test('shows every invisible character as an escape', () => {
		expect(quoted('RES\n1\r\u2028\u0085\x1b[0m\u202e')).toBe('"RES\\n1\\r\\u2028\\u0085\\u001b[0m\\u202e"');
	});
});

describe('a value in running text (plainOrQuoted)', () => {
	test('as it is when it shows as itself, else quoted with its escapes', () => {
		expect(plainOrQuoted('pending review')).toBe('pending review');
		expect(plainOrQuoted('open\u200b')).toBe('"open\\u200b"');
		expect(plainOrQuoted('open\x1b[2J')).toBe('"open\\u001b[2J"');
		expect(plainOrQuoted('say "done"')).toBe('"say \\"done\\""');
	});
});

describe('a subject in its own cell (showInvisible)', () => {
	test('writes what a reader could not see as an escape, and leaves quotes and markup to the cell', () => {
		expect(showInvisible('Invoice\u200b total \u2060wrong\ufeff')).toBe('Invoice\\u200b total \\u2060wrong\\ufeff');
		expect(showInvisible('a" and "b <b>')).toBe('a" and "b <b>');
		expect(showInvisible('x\u202ey\u2028z\u0085')).toBe('x\\u202ey\\u2028z\\u0085');
	});
});

describe('JSON for a terminal or a log (jsonText)', () => {
	test('escapes what JSON.stringify leaves raw, and parses back to the same data', () => {
		const value = { id: 'a\u2028b\u0085c\u009bd\u202ee\x7f', n: 1 };
		const text = jsonText(value);
		expect(text).toBe('{"id":"a\\u2028b\\u0085c\\u009bd\\u202ee\\u007f","n":1}');
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('Markdown', () => {
	test('markdownText escapes cell borders, HTML, links, emphasis and code, and breaks up mentions', () => {
		expect(markdownText('a | b <img src=x> [x](y) *b* _i_ `c` ~~s~~ $m$ &amp; \\ @team #12\nnext')).toBe(
			'a \\| b \\<img src=x\\> \\[x\\](y) \\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\$m\\$ \\&amp; \\\\ @<!-- -->team \\#<!-- -->12 next',
		);
	});

	test('markdownCode fences with more backticks than the text holds and escapes the cell border', () => {
		expect(markdownCode('tickets.csv:2')).toBe('`tickets.csv:2`');
		expect(markdownCode('a`b|c')).toBe('``a`b\\|c``');
		expect(markdownCode('`x`')).toBe('`` `x` ``');
	});
});

describe('the last guard before a log (logLine, joinLines)', () => {
	test('a line that would start with a workflow command has its marker escaped', () => {
		expect(
			[
				'::error::x.csv: is empty',
				'  ::add-mask::x',
				'##[set-output name=a;]b',
				'##vso[task.setvariable]x',
				'## A heading',
				'ok ::error::x',
			].map(logLine),
		).toEqual([
			'\\::error::x.csv: is empty',
			'  \\::add-mask::x',
			'\\##[set-output name=a;]b',
			'\\##vso[task.setvariable]x',
			'## A heading',
			'ok ::error::x',
		]);
	});

	test('keeps each line on its line and, with colours, only our own SGR sequences', () => {
		expect(joinLines(['a\nb', '\x1b]0;t\x07c'])).toBe('a b\nc');
		expect(joinLines(['\x1b[31mred \x1b]0;t\x07x\x1b[39m', '\x1b[2m::error::x\x1b[22m'], { colors: true })).toBe(
			'\x1b[31mred x\x1b[39m\n\x1b[2m\\::error::x\x1b[22m',
		);
	});
});

describe('GitHub annotations', () => {
	test('every line break is percent-encoded and escape sequences are dropped', () => {
		expect(
			formatAnnotation({ level: 'error', title: 'T-1\u2028::x', message: 'a\u0085::add-mask::b\r\nc\x1b[31md' }),
		).toBe('::error title=T-1%0A%3A%3Ax::a%0A::add-mask::b%0Acd');
	});
});
