import { asideTypeOf, titleSaysOnlyTheKind } from './callouts.ts';
import { type HugoSiteData, renderShortcodeTemplate, typedArguments } from './hugo-templates.ts';
import { mediaLink } from './media.ts';
import { codeFenceTracker, directiveBlock, foldBlock, sectionListMark } from './source-blocks.ts';
import { argumentsOf, dedent, startsOpen, type Tag, type TagNode, type TagSyntax, tagTree } from './template-tags.ts';
import type { ConversionNote } from './types.ts';

/**
 * Hugo's shortcodes, as the docs themes use them (Docsy, Hugo Book, Hextra, Relearn):
 * `{{< alert >}}…{{< /alert >}}`, `{{% notice %}}`, tabs, details, cards, figures and
 * videos, read as a tree of tag pairs and written as directive containers
 * (source-blocks.ts) for the Markdown parser. `{{< ref "page.md" >}}` and `relref`
 * become the path they name, so the link leads to the imported article.
 */

/** `{{< name args >}}`, `{{% name args %}}`, `{{< /name >}}`; a self-closing `{{< name />}}` stands alone. */
const HUGO: TagSyntax = {
	pattern: /\{\{([<%])\s*(\/)?\s*([a-z][\w/.-]*)((?:(?![<%>]\}\})[^\n])*?)\s*\/?\s*[>%]\}\}/gi,
	marker: '{{',
	read: (match) => {
		const name = (match[3] ?? '').toLowerCase();
		if (match[2]) return { close: name };
		return { open: { name, arguments: argumentsOf(match[4] ?? ''), written: match[0] } };
	},
	// A site moved from GitBook closes a shortcode with one of its own, `{{< tab >}}` … `{{< endtab >}}`.
	closerOf: (tag) =>
		tag.name.startsWith('end') && tag.name.length > 3 && Object.keys(tag.arguments).length === 0
			? tag.name.slice(3)
			: undefined,
};

/** The arguments written in a shortcode's tag, after its name. */
const argumentText = (written: string) =>
	written.replace(/^\{\{[<%]\s*[a-z][\w/.-]*/i, '').replace(/\s*\/?\s*[>%]\}\}$/, '');

/** `{{< ref "x" >}}`, `{{% relref "x#anchor" %}}` and `{{< ref path="x" >}}`, in a link's address or anywhere. */
const REF = /\{\{[<%]\s*(?:rel)?ref\s+(?:path=)?["']?([^"'\s>%}]+)["']?\s*[>%]\}\}/gi;
/** Shortcodes that draw a picture beside words (`{{< icon "gear" >}}`) or a small label: text-level, not blocks. */
const INLINE =
	/( ?)\{\{[<%]\s*(icon|fa|fas|far|badge|kbd|param|term)\b((?:(?![>%]\}\})[^\n])*?)\s*\/?\s*[>%]\}\}( ?)/gi;
/** A shortcode written out for readers (opened with `{{</*`), shown as Hugo shows it: without the comment marks. */
const ESCAPED = /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g;
const MULTILINE_TAG =
	/\{\{[<%](?:(?![<%>]\}\}|\{\{|\n\s*\n)[\s\S]){0,400}?\n(?:(?![<%>]\}\}|\{\{|\n\s*\n)[\s\S]){0,400}?[>%]\}\}/g;
const LEFT = '\u0000hugo-left\u0000';
const RIGHT = '\u0000hugo-right\u0000';

/** A Hugo site's own shortcode templates by name (`linked_headline`), and the params they read. */
export interface HugoSiteShortcodes extends HugoSiteData {
	templates: ReadonlyMap<string, string>;
	/** The themes its configuration names (`theme: hextra`, a module's `github.com/imfing/hextra`), where a shortcode differs by theme. */
	themes?: readonly string[];
}

/** Whether the site is built with Hextra, whose `details` starts open unless `closed="true"` (Hugo Book's, closed unless `open`). */
const isHextra = (site: HugoSiteShortcodes | undefined) =>
	site?.themes?.some((theme) => /(?:^|\/)hextra(?:\/v\d+)?$/i.test(theme.trim())) === true;

/** The shortcodes this reader writes itself, as what they show: a site's template of the same name is not needed. */
const THEME_SHORTCODES = new Set([
	'alert',
	'notice',
	'callout',
	'hint',
	'admonition',
	'note',
	'tip',
	'warning',
	'info',
	'tabs',
	'tabpane',
	'tab',
	'details',
	'expand',
	'collapse',
	'accordion',
	'card',
	'figure',
	'img',
	'image',
	'youtube',
	'vimeo',
	'video',
	'audio',
	'steps',
	'cards',
	'cardpane',
	'columns',
	'blocks',
	'section',
	'comment',
	'ref',
	'relref',
	'icon',
	'fa',
	'fas',
	'far',
	'badge',
	'kbd',
	'param',
	'term',
	'highlight',
	'mermaid',
]);

/** The site's template for a shortcode this reader does not write itself. */
function siteTemplate(name: string, site: HugoSiteShortcodes | undefined): string | undefined {
	if (!site || THEME_SHORTCODES.has(name)) return undefined;
	return site.templates.get(name);
}

/** `{{< param "versions.core" >}}`, Hugo's own shortcode, anywhere in a line (in a link's address, in code too). */
const PARAM = /\{\{[<%]\s*param\s+(?:name=)?["'`]?([\w.-]+)["'`]?\s*\/?\s*[>%]\}\}/gi;

/** A key of params, dotted for a nested one (`versions.core`), read case-insensitively as Hugo reads params. */
function paramIn(params: unknown, key: string): unknown {
	let value = params;
	for (const part of key.split('.')) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
		const record = value as Record<string, unknown>;
		const found = Object.keys(record).find((name) => name.toLowerCase() === part.toLowerCase());
		value = found === undefined ? undefined : record[found];
	}
	return value;
}

/**
 * What `{{< param key >}}` showed: the page's own param (its front matter, or its
 * `params:` block), else the site's, as Hugo's `.Page.Param` looks them up; a list or a
 * map is not a value to show.
 */
function paramValue(key: string, site: HugoSiteShortcodes | undefined): string | undefined {
	const page = site?.pageParams;
	const value = [paramIn(page?.params, key), paramIn(page, key), paramIn(site?.params, key)].find(
		(found) => found !== undefined && found !== null,
	);
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
		? String(value)
		: undefined;
}

/** A value that reads the same in prose, a link's address and code: a version, a name, an address. */
const PLAIN_VALUE = /^[A-Za-z0-9@/.:+=,-]*(?:[A-Za-z0-9]_(?=[A-Za-z0-9])[A-Za-z0-9@/.:+=,-]*)*$/;

/**
 * A line's params, written as their values: as they are where they read the same anywhere;
 * otherwise escaped outside code, and left for review in code, where escapes would show.
 */
function writeParams(line: string, site: HugoSiteShortcodes | undefined, inCode: boolean): string {
	return line.replace(PARAM, (written: string, key: string) => {
		const value = paramValue(key, site);
		if (value === undefined || /[\r\n]/.test(value)) return written;
		if (PLAIN_VALUE.test(value)) return value;
		return inCode ? written : plain(value);
	});
}

/** Whether the text uses Hugo's shortcodes at all. */
export function hasHugoShortcodes(text: string): boolean {
	return /\{\{[<%]/.test(text);
}

const titleOf = (tag: Tag, ...keys: string[]) =>
	keys.map((key) => tag.arguments[key]).find((value) => value !== undefined && value.trim() !== '');

/** The tab titles a set of tabs names up front (`{{< tabs items="JSON,YAML" >}}`, Hextra). */
const itemsOf = (tag: Tag) =>
	(tag.arguments.items ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);

/** Text a reader sees, safe to stand in Markdown: no markup, link or tag of its own. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>{}|#!]/g, (character) => `\\${character}`);

/**
 * A tree of shortcodes written out: those docs themes share (asides, tabs, details, cards,
 * figures, videos) as what they show, a site's own from its template, any other as an
 * `unknown` block that keeps its body. Zola's shortcodes (zola.ts) are written by it too.
 */
export function renderShortcodeTree(
	nodes: TagNode[],
	notes: ConversionNote[],
	site: HugoSiteShortcodes | undefined,
	tabTitles: string[] = [],
): string[] {
	const out: string[] = [];
	let tabIndex = 0;
	for (const node of nodes) {
		if ('line' in node) {
			out.push(node.line);
			continue;
		}
		const { tag, indent } = node;
		// `blocks/feature` (Docsy), `filetree/file` (Hextra), `hextra/hero-badge`: themes name theirs by folder.
		const name = ['blocks', 'filetree'].includes(tag.name.split('/')[0] ?? '')
			? tag.name
			: tag.name.replace(/^.*\//, '');
		const childTitles = name === 'tabs' || name === 'tabpane' ? itemsOf(tag) : [];
		const body = node.children ? dedent(renderShortcodeTree(node.children, notes, site, childTitles), indent) : [];
		const block = (...args: Parameters<typeof directiveBlock>) => directiveBlock(args[0], args[1], args[2], indent);
		switch (name) {
			case 'alert':
			case 'notice':
			case 'callout':
			case 'hint':
			case 'admonition':
			case 'note':
			case 'tip':
			case 'warning':
			case 'info': {
				// Zola themes name it `kind` (`{% note(kind="warning") %}`).
				const kind = titleOf(tag, 'type', 'kind', 'color', 'style', '0') ?? name;
				const written = titleOf(tag, 'title', name === 'notice' || name === 'admonition' ? '1' : 'title');
				// `title="Note"` says what the aside's own label says: only a title that says more stays.
				const title = written && !titleSaysOnlyTheKind(written) ? written : undefined;
				out.push(
					...block(
						'aside',
						{ label: title, attributes: { type: asideTypeOf(kind) ?? asideTypeOf(name) ?? 'note' } },
						body,
					),
				);
				break;
			}
			case 'tabs':
			case 'tabpane':
				out.push(...block('tabs', {}, body));
				break;
			case 'tab': {
				const title = titleOf(tag, 'header', 'name', 'title', 'label', '0') ?? tabTitles[tabIndex];
				tabIndex++;
				// Docsy's `{{< tab header="Go" lang="go" >}}` holds code, shown highlighted in that language.
				const language = tag.arguments.lang;
				const content = language && tag.written.startsWith('{{<') ? [`\`\`\`${language}`, ...body, '```'] : body;
				out.push(...block('section', { label: title }, content));
				break;
			}
			case 'details':
			case 'expand':
			case 'collapse':
			case 'accordion': {
				const open =
					startsOpen(tag) ||
					(name === 'details' && isHextra(site) && tag.arguments.closed?.trim().toLowerCase() !== 'true');
				out.push(...foldBlock(titleOf(tag, 'title', 'summary', '0') ?? 'Details', open, body, indent));
				break;
			}
			case 'card': {
				const url = titleOf(tag, 'link', 'url', 'href');
				const title = titleOf(tag, 'title', 'header', '0');
				const subtitle = titleOf(tag, 'subtitle', 'description');
				if (url)
					out.push(
						...block('link', { attributes: { url, syntax: tag.written } }, [
							[title, subtitle].filter(Boolean).join(': ') || url,
						]),
					);
				else {
					// Docsy's card: its header, title and subtitle above the content and its footer under it, each Markdown.
					const lines = (...parts: (string | undefined)[]) =>
						parts
							.filter((part): part is string => part !== undefined)
							.flatMap((part) => [`${indent}${part.replace(/\n/g, ' ')}`, '']);
					const header = titleOf(tag, 'header');
					const cardTitle = titleOf(tag, 'title', '0');
					out.push(
						'',
						...lines(header, cardTitle && (header ? cardTitle : `**${cardTitle}**`), subtitle),
						...body.map((line) => (line.trim() === '' ? '' : indent + line)),
						'',
						...lines(titleOf(tag, 'footer')),
					);
				}
				break;
			}
			case 'figure':
			case 'img':
			case 'image': {
				const src = titleOf(tag, 'src', '0') ?? '';
				const alt = titleOf(tag, 'alt', 'title', 'caption') ?? '';
				const caption = titleOf(tag, 'caption', 'title');
				out.push(
					'',
					`${indent}![${plain(alt)}](<${src.replace(/[<>\s]/g, encodeURIComponent)}>)`,
					...(caption ? ['', `${indent}*${plain(caption)}*`] : []),
					'',
				);
				break;
			}
			case 'youtube':
			case 'vimeo': {
				const id = titleOf(tag, 'id', '0') ?? '';
				const url =
					name === 'youtube'
						? `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`
						: `https://vimeo.com/${encodeURIComponent(id)}`;
				const title = titleOf(tag, 'title');
				out.push(...block('link', { attributes: { url, syntax: tag.written } }, title ? [plain(title)] : []));
				break;
			}
			case 'video':
			case 'audio': {
				// A theme's player shortcode (`{{< video src="/media/tour.mp4" >}}`): a link to the file, like a `<video>`.
				const media = mediaLink(name, titleOf(tag, 'src', 'url', '0'), titleOf(tag, 'title', 'caption'));
				if (!media) {
					out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
					break;
				}
				out.push(...block('link', { attributes: { url: media.url, syntax: tag.written } }, [plain(media.text)]));
				break;
			}
			case 'filetree/folder':
			case 'filetree/file': {
				// A file tree as a nested list, a folder's name ending in a slash.
				const entry = titleOf(tag, 'name', '0') ?? '';
				out.push(
					`${indent}- ${plain(entry)}${name === 'filetree/folder' ? '/' : ''}`,
					...body.filter((line) => line.trim() !== '').map((line) => `${indent}  ${line}`),
				);
				break;
			}
			case 'blocks/feature': {
				const title = titleOf(tag, 'title');
				const url = titleOf(tag, 'url', 'link');
				out.push(
					...block('section', { label: title }, [
						...body,
						...(url
							? ['', `[${plain(titleOf(tag, 'url_text') ?? url)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`]
							: []),
					]),
				);
				break;
			}
			case 'blocks/link-down':
				break;
			case 'filetree/container':
			case 'blocks/cover':
			case 'blocks/lead':
			case 'blocks/section':
			case 'steps':
			case 'cards':
			case 'cardpane':
			case 'columns':
			case 'blocks':
			case 'section':
				// A frame around its content (a numbered layout, a grid): the content is what it says.
				out.push(...body.map((line) => (line.trim() === '' ? '' : indent + line)));
				break;
			case 'children': {
				// Relearn's and Learn's list of the page's subpages, with their descriptions when asked (`description="true"`).
				const descriptions = ['true', 'yes'].includes((tag.arguments.description ?? '').toLowerCase());
				out.push('', `${indent}${sectionListMark(tag.written, descriptions)}`, '');
				break;
			}
			case 'comment':
				notes.push({ level: 'info', message: 'a {{< comment >}} (hidden on the old site) was left out' });
				break;
			case 'highlight':
			case 'mermaid': {
				// Hugo's `{{< highlight go "linenos=table" >}}` is a code block in its language, its drawing
				// options aside; a theme's `{{< mermaid >}}` (Relearn, Learn) a diagram drawn from its source.
				const language = name === 'mermaid' ? 'mermaid' : (tag.arguments['0'] ?? tag.arguments.lang ?? '').trim();
				if (name === 'mermaid')
					notes.push({
						level: 'review',
						message:
							'the {{< mermaid >}} diagram is shown as its source, in code, since the help center draws no diagrams: put a picture of it in its place',
					});
				const longest = Math.max(2, ...body.map((line) => /`+/.exec(line)?.[0].length ?? 0));
				const fence = '`'.repeat(longest + 1);
				const lines = body.map((line) => (line.trim() === '' ? '' : indent + line));
				out.push(
					'',
					`${indent}${fence}${/^[\w#+.-]+$/.test(language) ? language.toLowerCase() : ''}`,
					...lines,
					`${indent}${fence}`,
					'',
				);
				break;
			}
			default: {
				// The site's own shortcode (`{{< page_notes >}}…{{< /page_notes >}}`), rendered from its template.
				const template = siteTemplate(tag.name, site);
				const call = { arguments: typedArguments(argumentText(tag.written)) };
				let html: string[] | undefined;
				if (template && site && node.closedBy) {
					// Closed by a shortcode of its own (`{{< field >}}` … `{{< endfield >}}`): the first template
					// opens the HTML around the content, the closer's closes it.
					const closer = siteTemplate(node.closedBy.name, site);
					const opening = renderShortcodeTemplate(template, call, site);
					const closing = closer ? renderShortcodeTemplate(closer, { arguments: {} }, site) : undefined;
					html = opening && closing ? [...opening, '', ...body, '', ...closing] : undefined;
				} else if (template && site)
					html = renderShortcodeTemplate(
						template,
						{ ...call, ...(node.children ? { inner: body.join('\n') } : {}) },
						site,
					);
				if (html) {
					out.push('', ...html.map((line) => (line === '' ? '' : indent + line)), '');
					notes.push(renderedNote(tag.name));
				} else out.push(...block('unknown', { attributes: { syntax: tag.written } }, body));
			}
		}
	}
	return out;
}

const renderedNote = (name: string): ConversionNote => ({
	level: 'info',
	message: `the site's {{< ${name} >}} was written as its template shows it`,
});

/** A use of a site's shortcode with no end tag, in a sentence or alone on its line. */
const SITE_TAG = /\{\{([<%])\s*([a-z][\w./-]*)((?:(?![<%>]\}\})[^\n])*?)\s*\/?\s*[>%]\}\}/gi;

/** Whether a shortcode has an end in the page (`{{< /tab >}}`, or `{{< endtab >}}`), or is one that closes a shortcode the page opens. */
function pairedInPage(name: string, text: string): boolean {
	const tag = (written: string) => new RegExp(`\\{\\{[<%]\\s*${written.replace(/[./]/g, '\\$&')}\\s*[>%]\\}\\}`, 'i');
	const opens = (opened: string) => new RegExp(`\\{\\{[<%]\\s*${opened.replace(/[./]/g, '\\$&')}[\\s>%]`, 'i');
	return (
		tag(`/\\s*${name}`).test(text) ||
		tag(`end${name}`).test(text) ||
		(name.startsWith('end') && name.length > 3 && opens(name.slice(3)).test(text))
	);
}

/**
 * A site's shortcodes that have no end tag in the page, rendered where they stand: in a
 * sentence as one line of inline HTML (`{{< version "2.4" >}}`), alone on a line as
 * the block they make (`{{< linked_headline "Ports" >}}`).
 */
function siteShortcodesInLine(line: string, text: string, site: HugoSiteShortcodes, notes: ConversionNote[]): string {
	const alone = /^(\s*)(\{\{[<%][\s\S]*[>%]\}\})\s*$/.exec(line);
	return line.replace(SITE_TAG, (written: string, _: string, rawName: string, rest: string) => {
		const name = rawName.toLowerCase();
		const template = siteTemplate(name, site);
		if (!template || pairedInPage(name, text)) return written;
		const html = renderShortcodeTemplate(template, { arguments: typedArguments(rest) }, site);
		if (!html) return written;
		const standsAlone = alone?.[2] === written;
		if (!standsAlone && html.some((part) => part === '')) return written;
		notes.push(renderedNote(name));
		const indent = alone?.[1] ?? '';
		return standsAlone
			? ['', ...html.map((part) => (part === '' ? '' : indent + part)), ''].join('\n')
			: html.join(' ');
	});
}

/**
 * A title's or description's shortcodes (`title: Deploy on {{% vendor/name %}}`), which a
 * theme shows through `.RenderString`: each of the site's own whose template writes one
 * line is its words, HTML tags left out; any other stays as written.
 */
export function hugoShortcodesInWords(text: string, site: HugoSiteShortcodes | undefined, inCode = false): string {
	if (!site || !text.includes('{{')) return text;
	return writeParams(text, site, inCode).replace(
		SITE_TAG,
		(written: string, _: string, rawName: string, rest: string) => {
			const template = siteTemplate(rawName.toLowerCase(), site);
			const html = template ? renderShortcodeTemplate(template, { arguments: typedArguments(rest) }, site) : undefined;
			if (html?.length !== 1) return written;
			const words = (html[0] ?? '').replace(/<[^>]*>/g, '').trim();
			// In code, only words that read the same there: an escape or an entity would show.
			return words === '' || (inCode && /[<>&\\]/.test(words)) ? written : words;
		},
	);
}

/** Hugo's shortcodes as directive containers; everything else as it was. */
export function hugoShortcodes(text: string, site?: HugoSiteShortcodes): { text: string; notes: ConversionNote[] } {
	const notes: ConversionNote[] = [];
	let icons = 0;
	const inCode = codeFenceTracker();
	const prepared = text
		.replace(ESCAPED, (_, left: string, inner: string, right: string) => `${LEFT}${left}${inner}${right}${RIGHT}`)
		// A shortcode's arguments may run over several lines (`{{< card\n  header="…"\n>}}`): one tag, one line.
		.replace(MULTILINE_TAG, (tag: string) => tag.replace(/\s*\n\s*/g, ' '))
		.split('\n')
		.map((line) => {
			// Hugo renders shortcodes in code too (`{{% vendor/cli %}} environment:list`): a site's one-line ones are their words.
			if (inCode(line)) return line.includes('{{') ? hugoShortcodesInWords(line, site, true) : line;
			if (!line.includes('{{')) return line;
			return (
				(site ? siteShortcodesInLine(writeParams(line, site, false), text, site, notes) : line)
					// The page a ref names, relative to the page or to the content folder's root as Hugo looks it up.
					.replace(REF, (_, target: string) => site?.pages?.(target)?.link ?? target)
					.replace(INLINE, (written: string, before: string, name: string, rest: string, after: string) => {
						if (/^(icon|fa[sr]?)$/i.test(name)) {
							icons++;
							// Taken out of a sentence, it leaves one space, not two.
							return before && after ? ' ' : '';
						}
						// A label's words (`{{< badge content="New" >}}`, `{{< kbd Ctrl >}}`) are what the reader saw.
						const words = titleOf({ name, arguments: argumentsOf(rest), written }, 'content', 'text', 'title', '0');
						if (name.toLowerCase() === 'param' || !words) return written;
						return `${before}${plain(words)}${after}`;
					})
			);
		})
		.join('\n');
	const rendered = renderShortcodeTree(tagTree(prepared, HUGO), notes, site).join('\n');
	if (icons > 0) notes.push({ level: 'info', message: 'icons of the old site were left out' });
	return {
		text: rendered.replaceAll(LEFT, '{{').replaceAll(RIGHT, '}}'),
		notes,
	};
}
