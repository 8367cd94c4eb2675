import { describe, expect, test } from 'vitest';
import {
	LINK_TEXTS_PER_ARTICLE,
	type LinkedArticle,
	type LinkingPage,
	linkText,
	linkWordsByArticle,
} from '../../../src/search/build/link-words.ts';
import { englishQueries } from '../../../src/search/query/language.ts';

const articles: LinkedArticle[] = [
	{ slug: 'select-currency', title: 'How to select currency in iOS', aliases: [] },
	{ slug: 'delete-account', title: 'Delete your account', aliases: ['close my account'] },
	{ slug: 'export-data', title: 'Export your data', aliases: [] },
];
const options = {
	siteUrl: 'https://help.acme.com',
	isStopWord: (word: string) => englishQueries.isStopWord(word),
	baseForms: (word: string) => englishQueries.baseForms(word),
};

function page(slug: string, body: string, kind: LinkingPage['kind'] = 'article'): LinkingPage {
	return { kind, slug, body, mdx: true };
}

describe('the words other pages link an article by', () => {
	test('gives an article the words of links to it that its title and aliases lack', () => {
		const words = linkWordsByArticle(
			[
				page('trips', 'Before a trip, [change the currency](/articles/select-currency/) the meter shows.'),
				page('billing', 'To stop paying, [cancel your subscription and account](/articles/delete-account/).'),
			],
			articles,
			options,
		);
		expect(Object.fromEntries(words)).toEqual({
			'select-currency': ['change the currency'],
			'delete-account': ['cancel your subscription and account'],
		});
	});

	test('leaves out links that only repeat the title or aliases, filler, addresses and a page’s link to itself', () => {
		const words = linkWordsByArticle(
			[
				page(
					'faq',
					[
						'[How to select currency](/articles/select-currency/), [Close my account](/articles/delete-account/).',
						'[Read more](/articles/export-data/), [click here](/articles/export-data/), [see this guide](/articles/export-data/).',
						'[https://help.acme.com/articles/export-data/](/articles/export-data/) and [export-data.md](/articles/export-data/).',
					].join('\n\n'),
				),
				page('export-data', 'Also [download everything](/articles/export-data/#csv) from this page.'),
			],
			articles,
			options,
		);
		expect(words.size).toBe(0);
	});

	test('follows relative links, anchors and the site’s own address, and no link to another site or another kind of page', () => {
		const words = linkWordsByArticle(
			[
				page('a', 'Relative: [download a backup](../export-data/).'),
				page('b', 'Anchored: [spreadsheet copy](/articles/export-data/#csv).'),
				page('c', 'Whole address: [take your records with you](https://help.acme.com/articles/export-data/).'),
				page('d', 'Elsewhere: [other backup](https://status.acme.com/articles/export-data/).'),
				page('e', 'An area: [money matters](/areas/billing/). A missing page: [gone](/articles/nothing-here/).'),
				page('f', '```\n[in code](/articles/export-data/)\n```\n'),
			],
			articles,
			options,
		);
		expect(words.get('export-data')).toEqual(['download a backup', 'spreadsheet copy', 'take your records with you']);
		expect(words.size).toBe(1);
	});

	test('counts a word the title holds in another form as the title’s (landing, land)', () => {
		const words = linkWordsByArticle(
			[
				page('a', 'Why are my [emails landing in spam](/articles/spam/)?'),
				page('b', 'You can [exporting data](/articles/export-data/) any time.'),
				page('c', 'Before a trip, [changing currencies](/articles/select-currency/) matters.'),
			],
			[...articles, { slug: 'spam', title: 'Emails land in spam', aliases: [] }],
			options,
		);
		expect(Object.fromEntries(words)).toEqual({ 'select-currency': ['changing currencies'] });
	});

	test('reads HTML links and reference links as Markdown links are read', () => {
		const words = linkWordsByArticle(
			[
				page('a', 'Keep a copy: <a href="/articles/export-data/" class="x">download a <b>backup</b></a>.'),
				page('b', 'Get a [spreadsheet copy][csv].\n\n[csv]: /articles/export-data/#csv "CSV"'),
				page(
					'c',
					'Take [your records with you][] or [an archive].\n\n[Your Records With You]: /articles/export-data/\n[an archive]: <../export-data/>',
				),
				page('d', 'A [bracket] with no definition and [a label][missing] none either.'),
			],
			articles,
			options,
		);
		expect(words.get('export-data')).toEqual([
			'download a backup',
			'spreadsheet copy',
			'your records with you',
			'an archive',
		]);
		expect(words.size).toBe(1);
	});

	test('reads a runbook’s links too (the handbook’s build gives its runbooks)', () => {
		const words = linkWordsByArticle(
			[page('refund-runbook', 'Point the customer to [their data download](/articles/export-data/).', 'runbook')],
			articles,
			options,
		);
		expect(words.get('export-data')).toEqual(['their data download']);
	});

	test('lists a text once whatever its case or markup, the texts most pages use first, and at most a few', () => {
		const pages = [
			page('one', '[Backup **everything**](/articles/export-data/)'),
			page('two', '[backup everything](/articles/export-data/) and [backup everything](/articles/export-data/)'),
			page('three', '[spreadsheet copy](/articles/export-data/)'),
			...Array.from({ length: LINK_TEXTS_PER_ARTICLE + 2 }, (_, index) =>
				page(`more-${index}`, `[archive number ${index}](/articles/export-data/)`),
			),
		];
		const words = linkWordsByArticle(pages, articles, options).get('export-data') ?? [];
		expect(words[0]).toBe('Backup everything');
		expect(words).toHaveLength(LINK_TEXTS_PER_ARTICLE);
		expect(words.filter((text) => text.toLowerCase() === 'backup everything')).toHaveLength(1);
	});
});

describe('a link’s words as a reader sees them', () => {
	test('without emphasis, images, tags, expressions or escapes', () => {
		expect(linkText('**Change** the _currency_')).toBe('Change the currency');
		expect(linkText('![icon](./i.png) Export <kbd>Ctrl</kbd> now')).toBe('Export Ctrl now');
		expect(linkText('Plans {props.year} \\[beta\\]')).toBe('Plans [beta]');
	});
});
