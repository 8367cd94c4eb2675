import { Vocabulary } from '../../../../src/search/query/vocabulary.ts';

/** A small help center's vocabulary: word → pages it is on (of 40). */
export const wordCounts: Record<string, number> = {
	after: 15,
	api: 12,
	hook: 1,
	ip: 4,
	junk: 1,
	web: 3,
	attachment: 4,
	days: 6,
	domain: 14,
	email: 38,
	emails: 30,
	key: 9,
	keys: 5,
	limit: 11,
	not: 39,
	pending: 3,
	rate: 8,
	ratelimit: 1,
	receive: 7,
	received: 5,
	retry: 4,
	spam: 5,
	signature: 3,
	unsubscribe: 2,
	up: 20,
	verify: 9,
	verification: 6,
	warm: 2,
	webhook: 6,
	webhooks: 5,
	recipe: 1,
	invoice: 7,
	forgot: 2,
	forget: 5,
	password: 12,
	gdpr: 4,
	compliant: 2,
	gdprcompliant: 1,
	exit: 3,
	'429': 2,
	'587': 3,
};

/** The vocabulary of a help center of `pages` pages whose words are on as many pages as `counts` says. */
export function vocabularyOf(counts: Record<string, number>, extra: string[] = [], pages = 40): Vocabulary {
	const words = Object.keys(counts).sort();
	return new Vocabulary({ pages, words: words.join(' '), counts: words.map((word) => counts[word] as number) }, extra);
}

export function fixtureVocabulary(extra: string[] = []): Vocabulary {
	return vocabularyOf(wordCounts, extra);
}
