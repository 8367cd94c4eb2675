/**
 * Every string the public help center shows around the team's articles, in English.
 * Its keys are the keys of every translation and of `ui:` in `content/tryblock.yaml`.
 * `{name}` stands for a value filled in where the string is shown; a string with forms
 * for one and for many (`one`, `other`, and `zero`, `two`, `few`, `many` where a
 * language has them) is chosen by `{count}`, as `Intl.PluralRules` says for the language.
 */
export const english = {
	// Every page
	'page.skipToContent': 'Skip to content',
	'page.feedTitle': '{site}: recently updated',
	'page.breadcrumb': 'Breadcrumb',
	'page.helpCenter': 'Help center',
	'header.linksMenu': '{product} links',
	'header.themeToDark': 'Switch to dark theme',
	'header.themeToLight': 'Switch to light theme',
	'footer.label': 'Footer',
	'footer.contactSupport': 'Contact support',

	// Home page and product areas
	'home.heading': 'How can we help?',
	'home.areas': 'Browse by product area',
	'home.popular': 'Popular articles',
	'home.topics': 'Browse by topic',
	'home.empty': 'No articles are published here yet.',
	'area.articleCount': { one: '{count} article', other: '{count} articles' },
	'area.viewArticles': { one: 'View {count} article', other: 'View {count} articles' },
	'area.viewArticlesIn': 'in {area}',
	'area.recentlyUpdated': 'Recently updated · {date}',
	'area.mostAskedFirst': {
		one: '{count} article, most asked about first',
		other: '{count} articles, most asked about first',
	},
	'area.productAreas': 'Product areas',
	'area.topics': 'Topics',

	// Articles
	'article.updated': 'Updated {date}',
	'article.onThisPage': 'On this page',
	'article.related': 'Related articles',
	'article.copyCode': 'Copy',
	'article.codeCopied': 'Copied',
	'article.codeSelected': 'Selected',
	'article.codeSelectedTouch': "Code selected: copy it from your device's menu",
	'article.codeSelectedKeys': 'Code selected: copy it with Ctrl+C (Command+C on a Mac)',
	'aside.note': 'Note',
	'aside.tip': 'Tip',
	'aside.caution': 'Caution',
	'aside.danger': 'Danger',
	'contact.heading': 'Still stuck?',
	'contact.text': 'Our support team reads every message. Tell us what you tried and we will take it from there.',
	'contact.button': 'Contact support',

	// "Was this helpful?"
	'feedback.heading': 'Was this helpful?',
	'feedback.yes': 'Yes',
	'feedback.no': 'No',
	'feedback.commentLabel': 'What were you looking for? (optional)',
	'feedback.commentHint':
		'It goes to the team that writes these articles, without your name. Please leave out email addresses and other personal details.',
	'feedback.send': 'Send feedback',
	'feedback.contact': 'Need a hand with it? {link} and tell us what you were looking for.',
	'feedback.contactLink': 'Contact support',
	'feedback.thanks': 'Thanks for letting us know.',
	'feedback.thanksNotSent': 'Thanks. We could not send your answer, but it is good to hear.',
	'feedback.sorryTellUs': 'Sorry it did not help. Tell us what was missing, if you like.',
	'feedback.sorry': 'Sorry it did not help.',
	'feedback.commentSent': 'Thanks: your feedback goes to the team that writes these articles.',
	'feedback.commentNotSent': 'Sorry, your feedback could not be sent. Please contact support instead.',

	// Search boxes and the search page
	'search.label': 'Search the help center',
	'search.placeholder': 'Describe your problem',
	'search.headerPlaceholder': 'Search articles',
	'search.submit': 'Search',
	'search.suggestedArticles': 'Suggested articles',
	'search.openSearchPage': 'Open the search page',
	'search.seeAllResults': 'See all {count} results',
	'search.pageTitle': 'Search',
	'search.pageDescription': 'Search {site}',
	'search.results': 'Search results',
	'search.filters': 'Filters',
	'search.filterProductArea': 'Product area',
	'search.filterCategory': 'Category',
	'search.needsJavaScript': 'Search needs JavaScript. {link} instead.',
	'search.browseHelpCenter': 'Browse the help center',
	'search.resultCount': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
	'search.showMore': 'Show more results',
	'search.section': 'Section: {section}',
	'search.showingResultsFor': 'Showing results for {corrected}. Search instead for {typed}.',
	'search.leftOut': 'No article mentions {words}: these results match the rest of your question.',
	'search.noResultsLabel': 'No results',
	'search.noResults': 'No articles match {query}.',
	'search.noResultsFiltered': 'No articles match {query} with these filters.',
	'search.mostAskedIn': 'Most asked about in {area}',
	'search.mostAsked': 'Most asked about',
	'search.stillStuck': 'Still stuck? {link} and tell us what you searched for.',
	'search.contactSupport': 'Contact support',

	// The page for addresses that lead nowhere
	'notFound.title': 'Page not found',
	'notFound.description': 'The page you were looking for is not here.',
	'notFound.eyebrow': 'Error 404',
	'notFound.heading': "We couldn't find that page",
	'notFound.lead':
		'The link may be old, or the article may have moved. Search for what you need, or start from a product area.',
} as const satisfies Record<string, UiText>;

/** A string, or its forms by plural category (`other` always). */
export type UiText = string | PluralText;
export type PluralText = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

export type UiKey = keyof typeof english;
export type UiStrings = Record<UiKey, UiText>;
export const uiKeys = Object.keys(english) as UiKey[];
