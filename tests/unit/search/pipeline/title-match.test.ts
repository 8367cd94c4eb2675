import { describe, expect, test } from 'vitest';
import { titleFirst, titleKey } from '../../../../src/search/query/title-match.ts';

const titles: Record<string, string> = {
	tips: 'Pen tool tips',
	pen: 'Pen tool',
	order: 'Animating draw order',
	install: 'Install the agent',
	check: 'Check if the agent is installed',
	bezier: 'Bezier curves',
};
const ordered = (pages: string[], query: string) => titleFirst(pages, query, (page) => titles[page]);

describe('a page titled as the question comes first', () => {
	test('when it is among the first three but below a longer title holding the same words', () => {
		expect(ordered(['tips', 'pen', 'order'], 'Pen tool')).toEqual(['pen', 'tips', 'order']);
		expect(ordered(['check', 'order', 'install'], 'install the agent')).toEqual(['install', 'check', 'order']);
	});

	test('case, punctuation and quotes do not matter; other words do', () => {
		expect(ordered(['tips', 'pen'], '  "Pen tool?" ')).toEqual(['pen', 'tips']);
		expect(ordered(['tips', 'pen'], 'PEN TOOL!')).toEqual(['pen', 'tips']);
		expect(ordered(['tips', 'pen'], 'pen tool settings')).toEqual(['tips', 'pen']);
		expect(titleKey("Can't sign in?")).toBe(titleKey('can not sign in'));
	});

	test('nothing moves when the first is the title already, when none is, or when it ranks past the first three', () => {
		expect(ordered(['pen', 'tips'], 'pen tool')).toEqual(['pen', 'tips']);
		expect(ordered(['order', 'tips'], 'bezier')).toEqual(['order', 'tips']);
		expect(ordered(['order', 'tips', 'check', 'bezier'], 'bezier curves')).toEqual([
			'order',
			'tips',
			'check',
			'bezier',
		]);
		expect(ordered([], 'pen tool')).toEqual([]);
	});
});
