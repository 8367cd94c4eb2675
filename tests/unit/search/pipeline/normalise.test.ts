import { describe, expect, test } from 'vitest';
import { normaliseQuery } from '../../../../src/search/query/normalise.ts';
import { isStopWord } from '../../../../src/search/query/stop-words.ts';

const terms = (query: string) => normaliseQuery(query).map((word) => word.term);

describe('normalisation', () => {
	test('folds case, punctuation and quotes', () => {
		expect(terms('Why is my DOMAIN "still" pending?!')).toEqual(['why', 'is', 'my', 'domain', 'still', 'pending']);
		expect(terms('“Unsubscribe” link, please…')).toEqual(['unsubscribe', 'link', 'please']);
	});

	test("expands can't, cannot, cant and other negations to a separate not", () => {
		expect(terms("I can't log in")).toEqual(['i', 'can', 'not', 'log', 'in']);
		expect(terms('I can’t log in')).toEqual(['i', 'can', 'not', 'log', 'in']);
		expect(terms('cannot log in')).toEqual(['can', 'not', 'log', 'in']);
		expect(terms('cant log in')).toEqual(['can', 'not', 'log', 'in']);
		expect(terms("webhooks don't arrive, it doesnt work, won't send")).toEqual([
			'webhooks',
			'do',
			'not',
			'arrive',
			'it',
			'does',
			'not',
			'work',
			'will',
			'not',
			'send',
		]);
	});

	test("drops 's and the other endings of contractions", () => {
		expect(terms("the domain's DKIM record, I'm stuck, we've tried")).toEqual([
			'the',
			'domain',
			'dkim',
			'record',
			'i',
			'stuck',
			'we',
			'tried',
		]);
	});

	test('joins hyphenated and dotted words as the index does, and keeps codes whole', () => {
		expect(terms('e-mail')).toEqual(['email']);
		expect(terms('two-factor auth')).toEqual(['twofactor', 'auth']);
		expect(terms('421-4.7.28 from smtp.gmail.com')).toEqual(['4214728', 'from', 'smtpgmailcom']);
		expect(terms('idempotency_key_reused')).toEqual(['idempotency_key_reused']);
	});

	test('keeps numbers, dropping the plural s (429s)', () => {
		expect(terms('getting 429s on port 587')).toEqual(['getting', '429', 'on', 'port', '587']);
	});

	test('folds full-width letters and keeps the typed form for display', () => {
		expect(normaliseQuery('ＳＭＴＰ Port')).toEqual([
			{ term: 'smtp', typed: 'smtp', pieces: [] },
			{ term: 'port', typed: 'port', pieces: [] },
		]);
	});

	test('keeps the pieces of a pasted identifier, `_` included, which Pagefind keeps inside a word', () => {
		expect(normaliseQuery('smtp.acme-mail.com ERR_CONNECTION_REFUSED')).toEqual([
			{ term: 'smtpacmemailcom', typed: 'smtp.acme-mail.com', pieces: ['smtp', 'acme', 'mail', 'com'] },
			{ term: 'err_connection_refused', typed: 'err_connection_refused', pieces: ['err', 'connection', 'refused'] },
		]);
	});
});

describe('stop words', () => {
	test('filler and question words are dropped', () => {
		const dropped = terms('how do i please help hi why is my can you the a an after not 429');
		expect(dropped.filter((term) => !isStopWord(term))).toEqual(['after', 'not', '429']);
	});

	test('words that carry meaning stay: negations, time order, two things related, numbers', () => {
		// `move money between accounts` is about a transfer; `move money accounts` is not.
		for (const word of [
			'not',
			'no',
			'never',
			'without',
			'after',
			'before',
			'since',
			'until',
			'between',
			'429',
			'587',
			'2fa',
		]) {
			expect(isStopWord(word), word).toBe(false);
		}
		for (const word of ['how', 'do', 'i', 'why', 'is', 'my', 'please', 'help', 'thanks', 'two']) {
			expect(isStopWord(word), word).toBe(true);
		}
	});

	test('words that point at nothing in particular are dropped like their neighbours', () => {
		// `onto` as `into`, `everything` as `anything`: "get my cards onto my phone" searches cards and phone.
		const dropped = terms('get my cards onto my phone everything is tiny find a certain tag stuff');
		expect(dropped.filter((term) => !isStopWord(term))).toEqual(['cards', 'phone', 'tiny', 'find', 'tag']);
	});
});
