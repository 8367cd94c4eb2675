import { describe, expect, test } from 'vitest';
import { queryLanguageData } from '../../../src/search/build/language-stop-words.ts';
import { indexedWords, missingCustomerWords, WORDS_PER_ARTICLE } from '../../../src/search/customer-words.ts';
import { queryLanguage } from '../../../src/search/query/language.ts';

const articles: Record<string, string> = {
	'emails-landing-in-spam':
		'Emails landing in spam\nWhy messages go to the spam folder, and how to warm up a new domain.',
	'bounces-and-suppressions': 'Bounces and suppressions\nA hard bounce means the address does not exist.',
};
const text = (slug: string) => articles[slug];

describe('customers’ words an article does not use', () => {
	test('lists the words of the subjects search missed that the linked article lacks, most tickets first', () => {
		const words = missingCustomerWords(
			[
				{ subject: 'Stuff goes to JUNK folder', answers: ['emails-landing-in-spam'] },
				{ subject: 'outlook junk again', answers: ['emails-landing-in-spam'] },
				{ subject: 'Mails bounced back', answers: ['bounces-and-suppressions'] },
			],
			text,
		);
		expect(words).toEqual([
			{
				slug: 'emails-landing-in-spam',
				missed: 2,
				words: [
					// "goes" is a form of the article's "go"; "again" and "stuff" are filler.
					{ word: 'junk', tickets: 2 },
					{ word: 'outlook', tickets: 1 },
				],
			},
			// "bounced" is a form of the article's "bounce", which search finds: only "mails" and "back" are missing.
			{
				slug: 'bounces-and-suppressions',
				missed: 1,
				words: [
					{ word: 'back', tickets: 1 },
					{ word: 'mails', tickets: 1 },
				],
			},
		]);
	});

	test('a word counts once per ticket, stop words and words the article holds in a longer form are not listed', () => {
		const [article] = missingCustomerWords(
			[{ subject: 'how do I warm my domains?? junk junk junk', answers: ['emails-landing-in-spam'] }],
			text,
		);
		// "warm" and "domains" (of "domain") are the article's; "how", "do", "I", "my" are filler.
		expect(article?.words).toEqual([{ word: 'junk', tickets: 1 }]);
	});

	test('articles without text (not in the content) are left out, and at most a few words are kept per article', () => {
		const subject = 'alpha bravo charlie delta echo foxtrot golf hotel india';
		expect(missingCustomerWords([{ subject, answers: ['gone'] }], text)).toEqual([]);
		const [article] = missingCustomerWords([{ subject, answers: ['emails-landing-in-spam'] }], text);
		expect(article?.words).toHaveLength(WORDS_PER_ARTICLE);
	});

	test('an article’s words are read as search reads them', () => {
		expect(indexedWords("Can't send e-mail: 429s")).toEqual(['429', 'can', 'email', 'not', 'send']);
	});
});

describe('customers’ words in another language', () => {
	test("leave out the language's stop words, not English ones", () => {
		const german = queryLanguage(queryLanguageData('de'));
		const words = missingCustomerWords(
			[{ subject: 'Wie kann ich die Quittung als PDF bekommen?', answers: ['rechnungen'] }],
			() => 'Rechnungen herunterladen\nJede Rechnung lässt sich als PDF speichern.',
			german,
		);
		expect(words[0]?.words.map((entry) => entry.word)).toEqual(['bekommen', 'quittung']);
	});
});
