import { describe, expect, test } from 'vitest';
import { analyseQuery } from '../../../../src/search/query/analyse.ts';
import { compileSynonyms, matchSynonym } from '../../../../src/search/query/synonyms.ts';
import { fixtureVocabulary } from './vocabulary-fixture.ts';

const synonyms = compileSynonyms({
	junk: 'spam',
	throttled: 'rate limit',
	token: ['api key', 'key'],
	'2fa': 'two-factor',
	'log in': 'sign in',
});
const vocabulary = fixtureVocabulary(synonyms.flatMap((rule) => rule.from));
const analyse = (query: string, correct?: boolean) => analyseQuery(query, { vocabulary, synonyms, correct });
const queries = (query: string, correct?: boolean) =>
	analyse(query, correct).groups.map((group) => group.alternatives.map((alternative) => alternative.query));

describe('synonyms', () => {
	test('compile to normalised terms, one rule per customer word', () => {
		expect(synonyms).toContainEqual({ from: ['throttled'], to: ['rate limit'] });
		expect(synonyms).toContainEqual({ from: ['2fa'], to: ['twofactor'] });
		expect(synonyms).toContainEqual({ from: ['token'], to: ['api key', 'key'] });
	});

	test('match the longest phrase at a position', () => {
		const rules = compileSynonyms({ log: 'logs', 'log in': 'sign in' });
		expect(matchSynonym(['cannot', 'log', 'in'], 1, rules)?.rule.to).toEqual(['sign in']);
		expect(matchSynonym(['log', 'files'], 0, rules)?.rule.to).toEqual(['logs']);
		expect(matchSynonym(['log', 'files'], 1, rules)).toBeUndefined();
	});
});

describe('analysing a question', () => {
	test('drops filler and keeps the words that carry meaning', () => {
		expect(queries('How do I please verify my domain after 429 days?')).toEqual([
			['verify'],
			['domain'],
			['after'],
			['429'],
			['days'],
		]);
	});

	test('corrects misspelt words and says so', () => {
		const plan = analyse('how to recieve emails in my app');
		expect(plan.corrections).toEqual([{ from: 'recieve', to: 'receive' }]);
		expect(plan.correctedQuery).toBe('how to receive emails in my app');
		expect(plan.groups[0]?.alternatives).toEqual([{ query: 'receive', kind: 'corrected' }]);
	});

	test('searches the words as typed when correction is off ("Search instead for")', () => {
		const plan = analyse('recieve emails', false);
		expect(plan.corrections).toEqual([]);
		expect(queries('recieve emails', false)).toEqual([['recieve'], ['emails']]);
	});

	test("expands the team's synonyms, keeping the customer's own word when the index has it", () => {
		// `junk` is on a page, so pages saying it count too; `throttled` is on none.
		expect(queries('emails go to junk')).toEqual([['emails'], ['junk', 'spam']]);
		expect(queries('getting throttled')).toEqual([['rate limit']]);
		expect(queries('token leaked')).toEqual([['api key', 'key']]);
		expect(queries('2fa')).toEqual([['twofactor']]);
		expect(queries('cannot log in')).toEqual([['not'], ['sign in']]);
	});

	test('splits joined words and joins split ones', () => {
		expect(queries('ratelimit')).toEqual([['ratelimit', 'rate limit']]);
		expect(queries('warmup ip')).toEqual([['warm up'], ['ip']]);
		expect(queries('web hook retry')).toEqual([['web hook', 'webhook'], ['retry']]);
		expect(queries('api key')).toEqual([['api'], ['key']]);
	});

	test('leaves out words nothing in the index resembles', () => {
		const plan = analyse('xylophone domain');
		expect(plan.unknown).toEqual(['xylophone']);
		expect(queries('xylophone domain')).toEqual([['domain']]);
		expect(analyse('how do i').groups).toEqual([]);
	});
});
