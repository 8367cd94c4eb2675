import { describe, expect, test } from 'vitest';
import { looseTitleKey, titleFirst, titleKey } from '../../../../src/search/query/title-match.ts';

const titles: Record<string, string> = {
	tips: 'Pen tool tips',
	pen: 'Pen tool',
	order: 'Animating draw order',
	install: 'Install the agent',
	check: 'Check if the agent is installed',
	bezier: 'Bezier curves',
	machines: 'State machines',
	machineEvents: 'State machine events',
	policies: 'Password policies',
	reset: 'Reset your password',
	resetTips: 'Password reset tips',
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

	test('nothing moves when the first is the title already or when none is', () => {
		expect(ordered(['pen', 'tips'], 'pen tool')).toEqual(['pen', 'tips']);
		expect(ordered(['order', 'tips'], 'bezier')).toEqual(['order', 'tips']);
		expect(ordered([], 'pen tool')).toEqual([]);
	});

	test('a title word for word comes first from anywhere in the results shown; one in the singular only from the first three', () => {
		// Longer pages that each say the title's words more often (tutorials per framework) can push the page below the third.
		expect(ordered(['order', 'tips', 'check', 'install', 'bezier'], 'bezier curves')).toEqual([
			'bezier',
			'order',
			'tips',
			'check',
			'install',
		]);
		expect(ordered(['order', 'tips', 'check', 'machines'], 'state machine')).toEqual([
			'order',
			'tips',
			'check',
			'machines',
		]);
	});

	test('failing a title word for word, one with the same words in the singular and without filler', () => {
		expect(ordered(['machineEvents', 'machines'], 'state machine')).toEqual(['machines', 'machineEvents']);
		expect(ordered(['resetTips', 'reset'], 'how do I reset my password')).toEqual(['reset', 'resetTips']);
		expect(ordered(['tips', 'policies'], 'password policy')).toEqual(['policies', 'tips']);
		expect(looseTitleKey('Boxes and access')).toBe('box access');
		expect(looseTitleKey('how do I')).toBe('');
	});

	test('a title word for word beats one that only meets the question in the singular', () => {
		const both = { one: 'State machine', many: 'State machines', events: 'State machine events' } as Record<
			string,
			string
		>;
		expect(titleFirst(['events', 'many', 'one'], 'state machine', (page) => both[page])).toEqual([
			'one',
			'events',
			'many',
		]);
	});

	test('filler alone moves nothing', () => {
		expect(ordered(['tips', 'pen'], 'how do I')).toEqual(['tips', 'pen']);
	});
});
