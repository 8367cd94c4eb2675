import { describe, expect, test } from 'vitest';
import { definedAcronyms, findAcronyms } from '../../../src/search/build/acronyms.ts';
import { formatAcronyms, parseAcronyms } from '../../../src/search/query/acronyms.ts';

const page = (content: string, title = '') => ({ url: '/articles/page/', content, meta: { title } });
const english = new Set(['note', 'count', 'budget']);
const isEnglish = (word: string) => english.has(word);

describe('the acronyms a help center writes', () => {
	test('are the words of four to six letters its pages write in capitals at least as often as not', () => {
		const acronyms = findAcronyms(
			[
				page('Moving from YNAB: export your YNAB budget as a CSV file.', 'Migrating from YNAB'),
				page('Json or JSON: the JSON export. Read the Docs, or the DOCS folder, or the docs.'),
			],
			isEnglish,
		);
		expect(acronyms.map((acronym) => acronym.letters)).toEqual(['json', 'ynab']);
	});

	test('leave out common English words written in capitals', () => {
		expect(findAcronyms([page('NOTE: the COUNT column of a BUDGET report.')], isEnglish)).toEqual([]);
	});

	test('list three letters only when a page says what they stand for, so the initials of any three words do not match', () => {
		// `API` and `CSV` are never spelt out: `and past issues` would spell the one.
		const acronyms = findAcronyms(
			[page('Sign in with single sign-on (SSO). Call the API, download a CSV. SSO needs a plan.')],
			isEnglish,
		);
		expect(acronyms).toEqual([{ letters: 'sso', definitions: [['single', 'sign', 'on']] }]);
	});

	test('keep every way the pages define one, and only its letters when none does', () => {
		const acronyms = findAcronyms(
			[
				page('Optical Transfer Function (OTF) and the OTF curve.'),
				page('An OTF, or Open Type Font (OTF), is a font file. Export to JSON.'),
			],
			isEnglish,
		);
		expect(acronyms).toEqual([
			{ letters: 'json', definitions: [] },
			{
				letters: 'otf',
				definitions: [
					['optical', 'transfer', 'function'],
					['open', 'type', 'font'],
				],
			},
		]);
		// The vocabulary file's form reads back as it was written.
		const written = formatAcronyms(acronyms);
		expect(written).toBe('json otf=optical_transfer_function otf=open_type_font');
		expect([...parseAcronyms(written)]).toEqual(acronyms.map(({ letters, definitions }) => [letters, definitions]));
	});

	test('are defined by the words right before the brackets, one per letter', () => {
		expect(definedAcronyms('Turn on Single sign-on (SSO) first.')).toEqual([
			{ letters: 'sso', words: ['single', 'sign', 'on'] },
		]);
		expect(definedAcronyms('Our Frequently Asked Questions (FAQ) page')).toEqual([
			{ letters: 'faq', words: ['frequently', 'asked', 'questions'] },
		]);
		expect(definedAcronyms('The export (CSV) is ready')).toEqual([]);
		expect(definedAcronyms('(SSO) alone')).toEqual([]);
	});
});
