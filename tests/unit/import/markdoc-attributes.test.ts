import { describe, expect, test } from 'vitest';
import { markdocAttributes, markdocBlocks } from '../../../src/import/convert/markdoc.ts';
import type { ConversionNote } from '../../../src/import/convert/types.ts';

describe('Markdoc tag attributes', () => {
	test('a string value reads its escapes as Markdoc does: a new line, a tab, a quote, a backslash', () => {
		expect(
			markdocAttributes(String.raw`title="Step one\nStep two" note="a\ttab" say="\"hi\"" path="C:\\docs"`),
		).toEqual({
			title: 'Step one\nStep two',
			note: 'a\ttab',
			say: '"hi"',
			path: 'C:\\docs',
		});
	});

	test('numbers, booleans, lists and a first value without a key keep their text', () => {
		expect(markdocAttributes('$plan level=2 open=true items=["a", "b"]')).toEqual({
			0: '$plan',
			level: '2',
			open: 'true',
			items: '["a", "b"]',
		});
	});

	test('an escape Markdoc does not know keeps the character after the backslash', () => {
		expect(markdocAttributes(String.raw`x="a\qb"`)).toEqual({ x: 'aqb' });
	});
});

describe('a Markdoc callout whose title runs over two lines', () => {
	test('keeps its title, on the one line a container can hold it', () => {
		const notes: ConversionNote[] = [];
		const written = markdocBlocks(
			String.raw`{% callout type="note" title="Before you start\nUnplug the printer" %}` +
				'\nIt takes ten seconds.\n{% /callout %}\n',
			notes,
		);
		expect(written).toContain(
			':::tryblock-aside[Before you start Unplug the printer]{type="note"}\nIt takes ten seconds.',
		);
	});
});
