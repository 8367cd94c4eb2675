import { describe, expect, test } from 'vitest';
import { alignLines, LineMap } from '../../../src/import/convert/line-map.ts';

describe('line map: where each line of a rewritten page came from', () => {
	test('a block written as fences: kept lines keep theirs, the fence written for `!!! tip` stands for it, added fences for none', () => {
		const before = ['Intro.', '', '!!! tip', '    Body.', '', 'After.'];
		const after = ['Intro.', '', '', ':::tryblock-aside{type="tip"}', 'Body.', ':::', '', '', 'After.'];
		expect(alignLines(before, after)).toEqual([0, 1, 2, 2, 3, -1, 4, -1, 5]);
	});

	test('rewrites one after another map back to the first text', () => {
		const first = 'one\n== Tab\ntwo\nthree';
		const second = 'one\n\n::::section[Tab]\ntwo\n::::\nthree';
		const third = `${second.replace('three', 'three!')}\nadded`;
		const map = new LineMap(first);
		map.rewrite(first, second);
		map.rewrite(second, third);
		// `three!` and the line added after it were written in place of `three`.
		expect([1, 2, 3, 4, 5, 6, 7].map((line) => map.original(line))).toEqual([1, 2, 2, 3, undefined, 4, 4]);
	});

	test('texts too different to follow name no lines', () => {
		const before = Array.from({ length: 3000 }, (_, index) => `a${index}`);
		const after = Array.from({ length: 3000 }, (_, index) => `b${index}`);
		expect(alignLines(before, after)).toBeUndefined();
		const map = new LineMap(before.join('\n'));
		map.rewrite(before.join('\n'), after.join('\n'));
		expect(map.original(1)).toBeUndefined();
	});
});
