import { describe, expect, test } from 'vitest';
import { analyseQuery } from '../../../../src/search/query/analyse.ts';
import {
	abbreviatedNumber,
	digitForms,
	numberForms,
	spelledNumber,
} from '../../../../src/search/query/number-words.ts';
import { RelatedWords } from '../../../../src/search/query/related.ts';
import { compileSynonyms, matchSynonym, type SynonymRule } from '../../../../src/search/query/synonyms.ts';
import { Vocabulary } from '../../../../src/search/query/vocabulary.ts';
import { fixtureVocabulary, vocabularyOf } from './vocabulary-fixture.ts';

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
	test('searches a negation it spelt out also as the pages write it contracted (can not → cant)', () => {
		const small = vocabularyOf({ staff: 12, cant: 3, cannot: 2, clock: 4, not: 20, dont: 1 });
		const plan = (query: string) =>
			analyseQuery(query, { vocabulary: small, synonyms: [] }).groups.map((group) =>
				group.alternatives.map((alternative) => alternative.query),
			);
		expect(plan("staff can't clock in")).toEqual([['staff'], ['not', 'cant', 'cannot'], ['clock']]);
		expect(plan('staff cant clock in')).toEqual([['staff'], ['not', 'cant', 'cannot'], ['clock']]);
		expect(plan("I don't have a clock")).toEqual([['not', 'dont'], ['clock']]);
		// A `not` after any other word, and a contraction the pages never write, stay as they are.
		expect(plan('staff clock not')).toEqual([['staff'], ['clock'], ['not']]);
		expect(plan("staff won't clock")).toEqual([['staff'], ['not'], ['clock']]);
	});

	test('drops filler and keeps the words that carry meaning', () => {
		expect(queries('How do I please verify my domain after 429 days?')).toEqual([
			['verify'],
			['domain'],
			['after'],
			['429'],
			['days'],
		]);
	});

	test('searches a small number also as the help center writes it', () => {
		// One help center writes `two-step`, and `2` on no page; another writes both.
		const words = new Vocabulary({ pages: 10, words: 'step third two verification', counts: [3, 2, 4, 3] });
		const number = (question: string) => analyseQuery(question, { vocabulary: words, synonyms: [] }).groups[0];
		expect(number('2 step verification')?.alternatives).toEqual([{ query: 'two', kind: 'inflected' }]);
		expect(number('3rd party')?.alternatives).toEqual([{ query: 'third', kind: 'inflected' }]);
		const both = new Vocabulary({ pages: 10, words: '2 step two', counts: [5, 3, 4] });
		expect(analyseQuery('2 step', { vocabulary: both, synonyms: [] }).groups[0]?.alternatives).toEqual([
			{ query: '2', kind: 'typed' },
			{ query: 'two', kind: 'inflected' },
		]);
		// A number is not a misspelling of another: `12` is not corrected to `2`, nor `429` to anything.
		expect(analyseQuery('429 error', { vocabulary: words, synonyms: [] }).corrections).toEqual([]);
	});

	test('corrects misspelt words and says so', () => {
		const plan = analyse('how to recieve emails in my app');
		expect(plan.corrections).toEqual([{ from: 'recieve', to: 'receive' }]);
		expect(plan.correctedQuery).toBe('how to receive emails in my app');
		expect(plan.groups[0]?.alternatives).toEqual([{ query: 'receive', kind: 'corrected' }]);
	});

	test("shows the question in the customer's own capitals and punctuation, corrections in place", () => {
		expect(analyse('How do I Recieve Emails?').correctedQuery).toBe('How do I Receive Emails?');
		expect(analyse('RECIEVE emails  in my app!').correctedQuery).toBe('RECEIVE emails in my app!');
		expect(analyse('Why can’t I recieve emails').correctedQuery).toBe('Why can’t I receive emails');
		// Nothing corrected: the question as typed, white space tidied.
		expect(analyse('  Receive Emails, please ').correctedQuery).toBe('Receive Emails, please');
		// A word inside another is not the one corrected.
		expect(analyse('recieveing recieve').correctedQuery).toMatch(/ receive$/);
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

	test('corrects a slip of one letter rather than splitting the word into two rare ones', () => {
		// Any unknown word splits somewhere into two words: `clippng` into `clip png`,
		// `delte` into `de lte`. One edit from a word on as many pages, it is that word.
		const counts: Record<string, number> = {
			clip: 1,
			png: 17,
			clipping: 4,
			de: 1,
			lte: 4,
			delete: 20,
			log: 8,
			on: 39,
			logo: 2,
			of: 40,
			line: 30,
			offline: 2,
		};
		const small = vocabularyOf(counts);
		const plan = (query: string) => analyseQuery(query, { vocabulary: small, synonyms: [] });
		expect(plan('clippng').groups[0]?.alternatives).toEqual([{ query: 'clipping', kind: 'corrected' }]);
		expect(plan('delte').corrections).toEqual([{ from: 'delte', to: 'delete' }]);
		// A double letter typed single is a slip even where the halves are common words: not `of line`.
		expect(plan('ofline').corrections).toEqual([{ from: 'ofline', to: 'offline' }]);
		// Common halves make a compound: `logon` is `log on`, not the rarer `logo`.
		expect(plan('logon').groups[0]?.alternatives).toEqual([{ query: 'log on', kind: 'split' }]);
	});

	test('searches both English spellings of a word the help center writes both ways', () => {
		const counts: Record<string, number> = { categorise: 2, categorize: 5, product: 30 };
		const both = vocabularyOf(counts);
		const plan = analyseQuery('categorise a product', { vocabulary: both, synonyms: [] });
		expect(plan.groups[0]?.alternatives).toEqual([
			{ query: 'categorise', kind: 'typed' },
			{ query: 'categorize', kind: 'inflected' },
		]);
		expect(plan.corrections).toEqual([]);
	});

	test('joins two words only when the index writes them joined about as often', () => {
		// `gdprcompliant` is on one page, `compliant` on two: a page needs not say it joined.
		expect(queries('gdpr compliant')).toEqual([['gdpr'], ['compliant']]);
	});

	test("matches the team's synonyms in other forms of their words", () => {
		expect(queries('emails in junks')).toEqual([['emails'], ['junks', 'spam']]);
		expect(queries('throttling')).toEqual([['rate limit']]);
	});

	test('also searches the irregular forms of a word that a stemmer leaves apart', () => {
		expect(analyse('forgot password').groups[0]?.alternatives).toEqual([
			{ query: 'forgot', kind: 'typed' },
			{ query: 'forget', kind: 'inflected' },
		]);
		expect(queries('forget password')).toEqual([['forget', 'forgot'], ['password']]);
		expect(queries('forget password', false)).toEqual([['forget'], ['password']]);
	});

	test('a word typed up to a doubled last consonant also searches the word it is a form of', () => {
		// `mapp` is only the start of `mapped` and `mapping` here, so the index would miss every page that says `map`.
		const maps = vocabularyOf({ map: 6, mapped: 2, mapping: 3, live: 4, pass: 5, passed: 2 });
		const alternativesOf = (query: string) =>
			analyseQuery(query, { vocabulary: maps, synonyms: [] }).groups.map((group) =>
				group.alternatives.map((alternative) => `${alternative.kind}:${alternative.query}`),
			);
		expect(alternativesOf('live mapp')).toEqual([['typed:live'], ['typed:mapp', 'inflected:map']]);
		// A word the index holds whole is searched as it is.
		expect(alternativesOf('pass')).toEqual([['typed:pass']]);
	});

	test('leaves out words nothing in the index resembles', () => {
		const plan = analyse('xylophone domain');
		expect(plan.unknown).toEqual(['xylophone']);
		expect(queries('xylophone domain')).toEqual([['domain']]);
		expect(analyse('how do i').groups).toEqual([]);
	});
});

describe('related words from WordNet', () => {
	const related = new RelatedWords('bill:invoice get_rid_of:unsubscribe leave:|exit wipe:|xylophone');
	const withRelated = (query: string) =>
		analyseQuery(query, { vocabulary, synonyms, related }).groups.map((group) => group.alternatives);

	test("search the help center's words for a word it lacks, closer ones weighing more", () => {
		expect(withRelated('bills')).toEqual([[{ query: 'invoice', kind: 'related' }]]);
		expect(withRelated('leaving')).toEqual([[{ query: 'exit', kind: 'loose' }]]);
	});

	test('take the place of a spelling correction: a real word is not a typo of another', () => {
		// Without WordNet, `bill` would be corrected to the nearest word of the index.
		const plan = analyseQuery('bill', { vocabulary, synonyms, related });
		expect(plan.corrections).toEqual([]);
		expect(plan.correctedQuery).toBe('bill');
	});

	test('give way to the correction when the closest word is one of them: spelling and meaning agree', () => {
		const words = new Vocabulary({ pages: 10, words: 'canvas examine study', counts: [6, 2, 3] });
		const plan = analyseQuery('canvass', {
			vocabulary: words,
			synonyms: [],
			related: new RelatedWords('canvass:canvas,examine,study'),
		});
		expect(words.knows('canvass')).toBe(false);
		expect(plan.corrections).toEqual([{ from: 'canvass', to: 'canvas' }]);
		expect(plan.groups[0]?.alternatives).toEqual([
			{ query: 'canvas', kind: 'corrected' },
			{ query: 'examine', kind: 'related' },
			{ query: 'study', kind: 'related' },
		]);
	});

	test('leave out an English word the help center lacks and relates to nothing, rather than "correct" it', () => {
		const words = new Vocabulary({ pages: 10, words: 'account broken picked color', counts: [8, 3, 2, 4] });
		const english = new RelatedWords('frozen: kick: colour:');
		const plan = (query: string, related?: RelatedWords) =>
			analyseQuery(query, { vocabulary: words, synonyms: [], related });
		// Without the map, `frozen` is two edits from `broken` and would be corrected to it.
		expect(plan('account frozen').corrections).toEqual([{ from: 'frozen', to: 'broken' }]);
		const frozen = plan('account frozen', english);
		expect(frozen.corrections).toEqual([]);
		expect(frozen.unknown).toEqual(['frozen']);
		expect(frozen.groups.map((group) => group.typed)).toEqual(['account']);
		// Any form of the word: `kicked` is not `picked`.
		expect(plan('kicked out', english).unknown).toEqual(['kicked']);
		// A slip of a word the map does not list is still corrected.
		expect(plan('acount brokn', english).corrections).toEqual([
			{ from: 'acount', to: 'account' },
			{ from: 'brokn', to: 'broken' },
		]);
		// The same word in the help center's spelling is the word meant.
		expect(plan('colour', english).corrections).toEqual([{ from: 'colour', to: 'color' }]);
	});

	test('search a phrase WordNet knows as one group, before its filler is dropped', () => {
		expect(withRelated('how do I get rid of the emails')).toEqual([
			[{ query: 'unsubscribe', kind: 'related' }],
			[{ query: 'emails', kind: 'typed' }],
		]);
		expect(analyseQuery('got rid of it', { vocabulary, synonyms, related }).groups[0]?.typed).toBe('got rid of');
	});

	test("leave the help center's own words as they are", () => {
		expect(withRelated('invoice')).toEqual([[{ query: 'invoice', kind: 'typed' }]]);
	});

	test('never read a word of the help center as another word the map lists', () => {
		// `folder` looks like `fold` + `er`; the help center says folder, not fold.
		const words = new Vocabulary({ pages: 10, words: 'folder integrate', counts: [5, 2] });
		const plan = analyseQuery('folder', {
			vocabulary: words,
			synonyms: [],
			related: new RelatedWords('fold:|integrate'),
		});
		expect(plan.groups.map((group) => group.alternatives)).toEqual([[{ query: 'folder', kind: 'typed' }]]);
	});

	test('are not used when the customer asked for the words as typed', () => {
		expect(analyseQuery('bills', { vocabulary, synonyms, related, correct: false }).groups).toEqual([
			{ typed: 'bills', alternatives: [{ query: 'bills', kind: 'typed' }] },
		]);
	});
});

describe('numbers', () => {
	test('small numbers and ordinals are written both ways; others are left alone', () => {
		expect(['2', '12', '3rd', '1st', 'two', 'second', 'tenth'].map(numberForms)).toEqual([
			['two'],
			['twelve'],
			['third'],
			['first'],
			['2'],
			['2nd'],
			['10th'],
		]);
		expect(['13', '02', '429', '11th', 'twenty', 'step'].map(numberForms)).toEqual([[], [], [], [], [], []]);
	});

	test('a number written in words is read whole, and only where it is one', () => {
		const read = (question: string) => spelledNumber(question.split(' '), 0);
		expect(read('a hundred emails')).toEqual({ value: 100, length: 2 });
		expect(read('two hundred and fifty contacts')).toEqual({ value: 250, length: 4 });
		expect(read('twenty five seats')).toEqual({ value: 25, length: 2 });
		expect(read('twentyfive seats')).toEqual({ value: 25, length: 1 });
		expect(read('ten thousand subscribers')).toEqual({ value: 10000, length: 2 });
		expect(read('two million five hundred thousand')).toEqual({ value: 2_500_000, length: 5 });
		expect(read('fifteen minutes')).toEqual({ value: 15, length: 1 });
		// A word numberForms writes the other way stays its own; units in a row are no number.
		expect(['two', 'one two', 'twelve', 'a lot', 'and fifty', 'hundreds'].map(read)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(read('twenty thirty')).toEqual({ value: 20, length: 1 });
		expect(read('hundred and')).toEqual({ value: 100, length: 1 });
	});

	test('large numbers are written as pages write them, with and without a separator', () => {
		expect(digitForms(100)).toEqual(['100']);
		expect(digitForms(10000)).toEqual(['10000', '10 000']);
		expect(digitForms(1_500_000)).toEqual(['1500000', '1 500 000']);
		expect(['10k', '5k', '10kb', 'k', '1234k'].map(abbreviatedNumber)).toEqual([
			10000,
			5000,
			undefined,
			undefined,
			undefined,
		]);
	});

	test('a number in words or digits searches the digits the help center writes', () => {
		// The page says *100 emails a day* and *10,000 contacts*; another says *hundreds*.
		const words = vocabularyOf({ '100': 2, '10': 3, '000': 4, '25': 1, emails: 9, hundreds: 1, users: 5 });
		const plan = (question: string, correct?: boolean) =>
			analyseQuery(question, { vocabulary: words, synonyms: [], correct }).groups.map((group) => [
				group.typed,
				group.alternatives.map((alternative) => alternative.query),
			]);
		expect(plan('send a hundred emails')).toEqual([
			['a hundred', ['hundred', '100']],
			['emails', ['emails']],
		]);
		expect(plan('twenty five users')).toEqual([
			['twenty five', ['25']],
			['users', ['users']],
		]);
		for (const typed of ['10k', '10000', 'ten thousand'])
			expect(plan(`${typed} emails`)).toEqual([
				[typed, ['10 000']],
				['emails', ['emails']],
			]);
		// As typed, when asked to: the words alone.
		expect(plan('a hundred emails', false)).toEqual([
			['hundred', ['hundred']],
			['emails', ['emails']],
		]);
		// A number the help center writes in no form is left as it was (here, unknown).
		expect(plan('fifty emails')).toEqual([['emails', ['emails']]]);
	});
});

describe('questions that start with how', () => {
	const words = vocabularyOf({ many: 3, much: 2, requests: 4, size: 5, attachment: 4, seats: 2, big: 1, cost: 3 });
	const plan = (question: string, correct?: boolean) =>
		analyseQuery(question, { vocabulary: words, synonyms: [] as SynonymRule[], correct }).groups.map((group) =>
			group.alternatives.map((alternative) => alternative.query),
		);

	test('how many and how much ask for an amount, which no page calls many or much', () => {
		expect(plan('how many seats can I have')).toEqual([['seats']]);
		expect(plan('how much does it cost')).toEqual([['cost']]);
		// Anywhere else the words are the customer's.
		expect(plan('too many requests')).toEqual([['many'], ['requests']]);
	});

	test('how big and how large ask for a size, even where the help center lacks the word', () => {
		expect(plan('how big can an attachment be')).toEqual([['big', 'size'], ['attachment']]);
		expect(plan('how large can an attachment be')).toEqual([['size'], ['attachment']]);
		expect(plan('big attachment')).toEqual([['big'], ['attachment']]);
		// As typed, when asked to: the words alone.
		expect(plan('how big can an attachment be', false)).toEqual([['big'], ['attachment']]);
	});
});

describe('identifiers customers paste', () => {
	const pasted = vocabularyOf({
		smtp: 4,
		connection: 6,
		refused: 2,
		invoice: 5,
		invoices: 5,
		open: 9,
		webhook: 7,
		web: 3,
		rate: 5,
		limit: 6,
	});
	const searched = (question: string) =>
		analyseQuery(question, { vocabulary: pasted, synonyms: [] }).groups.map((group) => group.alternatives[0]?.query);

	test('are searched as the pieces the help center holds when it does not hold them whole', () => {
		expect(searched('smtp.acmemail.com connection refused')).toEqual(['smtp', 'connection', 'refused']);
		expect(searched('ERR_CONNECTION_REFUSED')).toEqual(['connection', 'refused']);
		expect(searched('cannot open invoice_march-2024.pdf')).toEqual(['open', 'invoice']);
	});

	test('are shown whole in "Showing results for", with corrections made inside them', () => {
		const shown = (question: string) => analyseQuery(question, { vocabulary: pasted, synonyms: [] }).correctedQuery;
		expect(shown('smtp.acmemail.com conection refused')).toBe('smtp.acmemail.com connection refused');
		expect(shown('err_conection_refused on smtp')).toBe('err_connection_refused on smtp');
	});

	test('stay whole when spelling correction reaches them or they split into two words', () => {
		expect(searched('web-hok')).toEqual(['webhook']);
		expect(searched('rate-limit')).toEqual(['rate limit']);
	});
});

describe('acronyms spelt out', () => {
	const pages = {
		budget: 38,
		import: 12,
		migrate: 3,
		switching: 2,
		ynab: 2,
		sso: 3,
		single: 4,
		sign: 9,
		copy: 6,
		paste: 2,
	};
	const acronyms = (list: string) => {
		const words = Object.keys(pages).sort();
		return new Vocabulary({
			pages: 40,
			words: words.join(' '),
			counts: words.map((word) => pages[word as keyof typeof pages]),
			acronyms: list,
		});
	};

	test('are searched as the acronym the pages write, not as their words', () => {
		const plan = analyseQuery('switching from you need a budget', { vocabulary: acronyms('sso ynab'), synonyms: [] });
		expect(plan.groups.map((group) => group.alternatives.map((alternative) => alternative.query))).toEqual([
			['switching'],
			['ynab'],
		]);
		expect(plan.groups[1]?.typed).toBe('you need a budget');
	});

	test('match wherever the words stand in the question', () => {
		const plan = analyseQuery('log in with single sign on', { vocabulary: acronyms('sso'), synonyms: [] });
		expect(plan.groups.at(-1)?.alternatives).toEqual([{ query: 'sso', kind: 'synonym' }]);
	});

	test('match an acronym a page defines only in the words it was defined by, one slip allowed', () => {
		const defined = acronyms('sso=single_sign_on');
		const spelled = analyseQuery('log in with singel sign on', { vocabulary: defined, synonyms: [] });
		expect(spelled.groups.at(-1)?.alternatives).toEqual([{ query: 'sso', kind: 'synonym' }]);
		// Words with its initials that are not its words do not spell it: the initials of
		// any three words often spell an acronym.
		for (const question of ['single sign out', 'copy some settings over']) {
			const plan = analyseQuery(question, { vocabulary: defined, synonyms: [] });
			expect(plan.groups.map((group) => group.alternatives[0]?.query)).not.toContain('sso');
		}
	});

	test('are left alone when the pages write no such acronym', () => {
		const plan = analyseQuery('switching from you need a budget', { vocabulary: acronyms(''), synonyms: [] });
		expect(plan.groups.map((group) => group.alternatives[0]?.query)).toEqual(['switching', 'budget']);
	});

	test('are searched as typed with "Search instead for"', () => {
		const plan = analyseQuery('you need a budget', { vocabulary: acronyms('ynab'), synonyms: [], correct: false });
		expect(plan.groups.map((group) => group.alternatives[0]?.query)).toEqual(['budget']);
	});
});
