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

	test('a title word for word comes first from anywhere in the results shown', () => {
		// Longer pages that each say the title's words more often (tutorials per framework) can push the page below the third.
		expect(ordered(['order', 'tips', 'check', 'install', 'bezier'], 'bezier curves')).toEqual([
			'bezier',
			'order',
			'tips',
			'check',
			'install',
		]);
	});

	test('so does a title of the same words in another order or form, filler and parentheses aside', () => {
		// Pages that write the same shared text in (one per mail provider) can rank above the page the title names.
		const mail = {
			google: 'Signatures (Google Email)',
			graph: 'Signatures (Microsoft 365 Graph Email)',
			imap: 'Signatures (Microsoft 365 IMAP Email)',
			email: 'Signatures (Email)',
			channel: 'Email',
		} as Record<string, string>;
		const byMail = (pages: string[], query: string) => titleFirst(pages, query, (page) => mail[page]);
		expect(byMail(['google', 'graph', 'imap', 'email', 'channel'], 'email signature')).toEqual([
			'email',
			'google',
			'graph',
			'imap',
			'channel',
		]);
		expect(byMail(['google', 'graph', 'imap', 'email'], 'where are my e-mail signatures?')[0]).toBe('email');
		expect(ordered(['order', 'tips', 'check', 'machines'], 'state machine')).toEqual([
			'machines',
			'order',
			'tips',
			'check',
		]);
		expect(ordered(['order', 'tips', 'check', 'bezier'], 'curve bezier')[0]).toBe('bezier');
	});

	test('a title with one meaningful word more than the question does not move', () => {
		const mail = { google: 'Signatures (Google Email)', imap: 'Signatures (IMAP Email)', channel: 'Email' } as Record<
			string,
			string
		>;
		expect(titleFirst(['channel', 'imap', 'google'], 'email signature', (page) => mail[page])).toEqual([
			'channel',
			'imap',
			'google',
		]);
		expect(ordered(['order', 'machineEvents'], 'state machine')).toEqual(['order', 'machineEvents']);
	});

	test("of several titles with the question's words, the first shown moves; the others keep their places", () => {
		expect(ordered(['order', 'tips', 'policies', 'check', 'machines'], 'policy password')).toEqual([
			'policies',
			'order',
			'tips',
			'check',
			'machines',
		]);
		const twice = { a: 'Signatures (Email)', b: 'Email signatures', c: 'Email' } as Record<string, string>;
		expect(titleFirst(['c', 'a', 'b'], 'signature email', (page) => twice[page])).toEqual(['a', 'c', 'b']);
	});

	test('a question of one word: its title in the singular or plural comes first from anywhere too', () => {
		const one = { tips: 'Signature tips', many: 'Signatures', email: 'Email', order: 'Signature order' } as Record<
			string,
			string
		>;
		expect(titleFirst(['tips', 'order', 'email', 'many'], 'signature', (page) => one[page])).toEqual([
			'many',
			'tips',
			'order',
			'email',
		]);
		expect(titleFirst(['tips', 'email', 'many'], 'email', (page) => one[page])).toEqual(['email', 'tips', 'many']);
	});

	test('failing a title word for word, one with the same words in the singular and without filler', () => {
		expect(ordered(['machineEvents', 'machines'], 'state machine')).toEqual(['machines', 'machineEvents']);
		expect(ordered(['resetTips', 'reset'], 'how do I reset my password')).toEqual(['reset', 'resetTips']);
		expect(ordered(['tips', 'policies'], 'password policy')).toEqual(['policies', 'tips']);
		expect(looseTitleKey('Boxes and access')).toBe(looseTitleKey('access (box)'));
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
