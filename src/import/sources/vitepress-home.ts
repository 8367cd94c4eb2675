import { toString as hastText } from 'hast-util-to-string';
import { parseHtml } from '../convert/html.ts';
import { codeFenceTracker } from '../convert/source-blocks.ts';

/**
 * VitePress and VuePress pages that keep their words in frontmatter: a home page (`layout: home`, `home: true`)
 * shows its `hero` (name, text, tagline, action buttons) and its `features` cards,
 * and any page may show a frontmatter value with `{{ $frontmatter.key }}`.
 */

/** Text from the source, safe to stand as words in Markdown. */
const words = (value: unknown) =>
	String(value)
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>{}|#!]/g, (character) => `\\${character}`);
/**
 * The words a hero's or a feature's text showed: VitePress (`v-html`) and Starlight
 * (`set:html`) write it as HTML, so `Welcome to <span class="brand">Acme</span>` showed
 * "Welcome to Acme" and `&amp;` an ampersand. A line break is a space.
 */
const shown = (value: unknown) => {
	const text = String(value);
	return /[<&]/.test(text) ? hastText(parseHtml(text.replace(/<br\s*\/?>/gi, ' '))) : text;
};
const href = (value: unknown) => `<${String(value).replace(/[<>\s]/g, encodeURIComponent)}>`;
const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.map(record) : []);

/** The frontmatter fields a home page's words came from, so they are not reported as dropped. */
export const HOME_FIELDS = [
	'layout',
	// Rspress' `pageType: home`, with VitePress' `hero` and `features`.
	'pageType',
	'hero',
	'features',
	'template',
	// VuePress' default theme: `home: true` and the hero's fields beside it.
	'home',
	'heroText',
	'heroImage',
	'heroImageDark',
	'heroAlt',
	'heroHeight',
	'tagline',
	'actionText',
	'actionLink',
	'actions',
	'footer',
	'footerHtml',
];

/**
 * A VuePress home page (`home: true`) with the words its default theme showed where it
 * sets none: the site's (or its locale's) `title` as `heroText` and `description` as
 * `tagline` (`null` hides either, as on the old site).
 */
export function withVuepressHeroDefaults(
	data: Record<string, unknown>,
	site: { title?: string; description?: string },
): Record<string, unknown> {
	if (data.home !== true || data.hero !== undefined) return data;
	return {
		...data,
		...(data.heroText === undefined && site.title ? { heroText: site.title } : {}),
		...(data.tagline === undefined && site.description ? { tagline: site.description } : {}),
	};
}

/**
 * A VuePress home page's hero (`home: true`), written at the top level of its
 * frontmatter: `heroText`, `tagline`, and its buttons, v1's one `actionText` and
 * `actionLink` or v2's `actions` list, as VitePress' hero holds them.
 */
function vuepressHero(data: Record<string, unknown>): Record<string, unknown> {
	const actions = Array.isArray(data.actions)
		? data.actions
		: data.actionText && data.actionLink
			? [{ text: data.actionText, link: data.actionLink }]
			: [];
	return {
		...(typeof data.heroText === 'string' ? { name: data.heroText } : {}),
		...(typeof data.tagline === 'string' ? { tagline: data.tagline } : {}),
		actions,
	};
}

/**
 * A home page's hero and features as Markdown, or undefined for any other page:
 * VitePress' `layout: home`, Rspress' `pageType: home`, VuePress' `home: true` (its hero's fields beside it) and a
 * Starlight page with a `hero` (its `title`, `tagline` and `actions`, on a
 * `template: splash` page as a rule).
 */
export function homePageMarkdown(data: Record<string, unknown>): { title?: string; markdown: string } | undefined {
	const vuepress = data.home === true && data.hero === undefined;
	const hero = vuepress ? vuepressHero(data) : record(data.hero);
	if (!vuepress && data.layout !== 'home' && data.pageType !== 'home' && Object.keys(hero).length === 0)
		return undefined;
	const lines: string[] = [];
	// Starlight's hero title is the page's title unless it says otherwise.
	const title =
		typeof hero.title === 'string' && shown(hero.title).replace(/\s+/g, ' ').trim() !== data.title ? ['title'] : [];
	for (const key of [...title, 'text', 'tagline'])
		if (typeof hero[key] === 'string') lines.push(words(shown(hero[key])), '');
	const actions = list(hero.actions).filter((action) => action.text && action.link);
	if (actions.length > 0) lines.push(...actions.map((action) => `- [${words(action.text)}](${href(action.link)})`), '');
	const features = list(data.features).filter((feature) => feature.title);
	for (const feature of features) {
		const name = words(shown(feature.title));
		const title = feature.link ? `[${name}](${href(feature.link)})` : name;
		// Another bullet starts another list: the features are not more buttons.
		lines.push(`* **${title}**${feature.details ? `: ${words(shown(feature.details))}` : ''}`);
	}
	return {
		title: typeof hero.name === 'string' ? shown(hero.name).replace(/\s+/g, ' ').trim() : undefined,
		markdown: lines.join('\n'),
	};
}

/**
 * A page's own frontmatter shown in its text, as the value it shows, outside code:
 * VitePress' `{{ $frontmatter.title }}`, and Markdoc's `{% $frontmatter.seo.title %}`
 * (Redocly) or `{% $markdoc.frontmatter.title %}`, whose path may go into a field. A
 * title the page does not set is the title it showed (`title`), as Redocly fills in
 * `seo.title`; a value that is not text stays as written, for the converter to list.
 */
export function withFrontmatterValues(text: string, data: Record<string, unknown>, title?: string): string {
	if (!text.includes('frontmatter')) return text;
	// A title still holding a tag (`# {% $markdoc.frontmatter.title %}`) names nothing.
	const shownTitle = title && !title.includes('{%') ? title : undefined;
	const valueAt = (written: string, path: string) => {
		const value = path.split('.').reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), data);
		if (typeof value === 'string' || typeof value === 'number') return words(value);
		return shownTitle && (path === 'title' || path === 'seo.title') ? words(shownTitle) : written;
	};
	const inCode = codeFenceTracker();
	return text
		.split('\n')
		.map((line) =>
			inCode(line)
				? line
				: line
						.replace(/\{\{\s*\$frontmatter\.([\w$]+)\s*\}\}/g, (written, key: string) => {
							const value = data[key];
							return typeof value === 'string' || typeof value === 'number' ? words(value) : written;
						})
						.replace(/\{%-?\s*\$(?:markdoc\.)?frontmatter\.([\w$]+(?:\.[\w$]+)*)\s*-?%\}/g, valueAt),
		)
		.join('\n');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
