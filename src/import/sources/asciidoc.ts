import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { Extensions, Html5Converter, LoggerManager, load, MemoryLogger } from '@asciidoctor/core';
import type { ConversionNote } from '../convert/types.ts';
import { type AntoraComponent, isResourceId, resolveResource } from './antora.ts';

/**
 * AsciiDoc pages (Antora's or plain Asciidoctor's) as HTML, through Asciidoctor.js in
 * its safe mode: nothing outside the imported folder is read. Includes, images and
 * cross references written as Antora resource ids (`include::partial$x.adoc[]`,
 * `image::admin:rack.png[]`, `xref:admin:backups.adoc#keep[]`) lead to the folder's
 * files as Antora resolves them; an include that names no file of the folder leaves an
 * import note where it stood. The HTML is written for the import's HTML converter:
 * an admonition is a box of its kind with its title, not Asciidoctor's table, and the
 * callout numbers (`<1>`) leave the code.
 */

/** The AsciiDoc pages of a folder. */
export const ASCIIDOC_PATTERN = '**/*.{adoc,asciidoc}';

export function isAsciidocFile(relative: string): boolean {
	return /\.(adoc|asciidoc)$/i.test(relative);
}

export interface AsciidocContext {
	/** The imported folder: no file outside it is read. */
	root: string;
	/** The page's file. */
	file: string;
	/** The Antora component and the page's module, for an Antora site. */
	antora?: { component: AntoraComponent; module: string };
	/**
	 * The title of the page in a file of the folder, or of its section at `fragment`, for
	 * a cross reference that gives no words.
	 */
	titleOf: (file: string, fragment?: string) => string | undefined;
}

export interface AsciidocPage {
	html: string;
	title?: string;
	description?: string;
	keywords: string[];
	notes: ConversionNote[];
}

/** The document's header as written: its title and the attributes it sets (`:description: …`), read without Asciidoctor. */
export function asciidocHeader(text: string): { title?: string; id?: string; attributes: Record<string, string> } {
	const attributes: Record<string, string> = {};
	let title: string | undefined;
	/** The anchor over the title (`[id="custom-converters"]`, `[#x]`, `[[x]]`): the page's own id. */
	let anchor: string | undefined;
	let id: string | undefined;
	let inComment = false;
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (/^\/{4,}\s*$/.test(line)) inComment = !inComment;
		if (inComment || /^\/\/(?!\/)/.test(line) || /^\/{4,}\s*$/.test(line)) continue;
		const heading = /^=\s+(\S.*?)\s*$/.exec(line);
		if (heading && title === undefined) {
			title = heading[1];
			id = anchor;
			continue;
		}
		const named = title === undefined ? blockAnchor(line) : undefined;
		if (named) {
			anchor = named;
			continue;
		}
		const attribute = /^:([\w][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
		if (attribute) {
			attributes[attribute[1] as string] = attribute[2] ?? '';
			continue;
		}
		// The header ends at its first blank line once the title is read, or at the first other line.
		if ((line.trim() === '' && title !== undefined) || (line.trim() !== '' && !/^\[.*\]$/.test(line))) break;
	}
	return { title, id, attributes };
}

/** The id a block anchor line gives what follows it: `[[x]]`, `[[x,words]]`, `[#x]`, `[#x.role]`, `[id="x"]`. */
function blockAnchor(line: string): string | undefined {
	const match =
		/^\[\[([^\],\s]+)(?:,[^\]]*)?\]\]\s*$|^\[#([^.%\],\s]+)[^\]]*\]\s*$|^\[(?:[^\]]*,\s*)?id=(["']?)([^"',\]\s]+)\3[^\]]*\]\s*$/.exec(
			line,
		);
	return match ? (match[1] ?? match[2] ?? match[4]) : undefined;
}

/**
 * The words of the section a fragment names in a page's text: the heading under its
 * anchor (`[#keep-copies]`, `[[keep-copies]]`), or the one Asciidoctor gave that id
 * (`_keep_copies` for "Keep copies"). Undefined when no heading has it.
 */
export function sectionTitle(text: string, fragment: string): string | undefined {
	let anchor: string | undefined;
	for (const line of text.split(/\r?\n/)) {
		const named = blockAnchor(line);
		if (named) {
			anchor = named;
			continue;
		}
		const heading = /^(?:={2,6}|#{2,6})\s+(\S.*?)\s*$/.exec(line);
		if (heading?.[1]) {
			const words = heading[1].replace(/\s*\[\[[^\]]*\]\]\s*$/, '');
			const own = /\[\[([^\],]+)[^\]]*\]\]\s*$/.exec(heading[1])?.[1];
			const generated = `_${words
				.toLowerCase()
				.replace(/&[a-z]+;|<[^>]+>/g, '')
				.replace(/[^\p{L}\p{N}]+/gu, '_')
				.replace(/^_+|_+$/g, '')}`;
			if (anchor === fragment || own === fragment || generated === fragment) return words;
		}
		if (line.trim() !== '' && !/^\[.*\]$/.test(line)) anchor = undefined;
	}
	return undefined;
}

/** What Asciidoctor's logger says, as a note: the page line it names and the message. */
function noteOf(message: { getSeverity(): string; getText(): string; getSourceLocation(): unknown }): ConversionNote {
	const location = message.getSourceLocation() as { lineno?: number } | undefined;
	const line = location?.lineno ? `line ${location.lineno}: ` : '';
	const severity = message.getSeverity();
	const missing = /^skipping reference to missing attribute: (\S+)/.exec(message.getText())?.[1];
	if (missing)
		return {
			level: 'review',
			message: `the attribute {${missing}} is set nowhere in the page or the folder (an Antora site may set it in its playbook), so it shows as written`,
		};
	return {
		level: severity === 'ERROR' || severity === 'FATAL' ? 'review' : 'info',
		message: `AsciiDoc ${line}${message.getText()}`.replace(/\s+/g, ' ').slice(0, 300),
	};
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Text Asciidoctor wrote for HTML as plain words: its typographic replacements are
 * character references (`What&#8217;s new`), which a title, a description or a tag
 * would otherwise show, and slugs spell out.
 */
export function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal, hex, name) => {
		if (decimal || hex) {
			const code = Number.parseInt(decimal ?? hex, decimal ? 10 : 16);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole;
	});
}

/**
 * A title as written in a page's header (`= What's New in {page-component-version}`),
 * with the attributes it references filled in where known, for a link's words.
 */
export function headerTitle(title: string, attributes: Record<string, string>): string {
	return title
		.replace(/(?<!\\)\{([\w][\w-]*)\}/g, (whole, name: string) => attributes[name] ?? whole)
		.replace(/`\+?([^`]+?)\+?`/g, '$1')
		.replace(/(?<![\w*])\*([^*]+)\*(?![\w*])/g, '$1')
		.replace(/'/g, '\u2019');
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An include's attributes written back as Asciidoctor reads them (`tags="send",opts="optional"`). */
function attributeList(attributes: Record<string, unknown>): string {
	const options: string[] = [];
	const named: string[] = [];
	for (const [key, value] of Object.entries(attributes)) {
		if (/^\d+$/.test(key)) continue;
		if (key.endsWith('-option')) options.push(key.slice(0, -'-option'.length));
		else named.push(`${key}="${String(value).replace(/"/g, '\\"')}"`);
	}
	if (options.length > 0) named.push(`opts="${options.join(',')}"`);
	return named.join(',');
}

/** A callout number in code (`# <b class="conum">(1)</b>`, with the comment that held it), as Asciidoctor writes it. */
const CONUM =
	/[ \t]*(?:(?:#|\/\/|--|;;|%|')[ \t]*)?(?:&lt;!--)?(?:<i class="conum"[^>]*><\/i>)?<b(?: class="conum")?>\(\d+\)<\/b>(?:--&gt;)?/g;

export async function convertAsciidoc(context: AsciidocContext): Promise<AsciidocPage> {
	const notes: ConversionNote[] = [];
	const root = realpathSync(context.root);
	const inside = (file: string) => {
		const relative = path.relative(root, file);
		return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
	};
	/** The file of the folder a target names, from the including file's folder, or why there is none. */
	const resolve = (target: string, from: string, family: string): { file: string } | { reason: string } => {
		let file: string;
		if (context.antora && isResourceId(target)) {
			const found = resolveResource(context.antora.component, target, context.antora, family);
			if ('reason' in found) return found;
			file = path.join(context.root, found.file);
		} else file = path.resolve(from, target);
		if (!existsSync(file)) return { reason: 'no such file in the folder' };
		const real = realpathSync(file);
		if (!inside(real)) return { reason: 'it is outside the folder, which is all the import reads' };
		return statSync(real).isFile() ? { file: real } : { reason: 'not a file' };
	};
	const pageDir = path.dirname(context.file);
	const registry = Extensions.create();
	registry.includeProcessor(function (this: {
		handles: (fn: (target: string) => boolean) => void;
		process: (
			fn: (doc: unknown, reader: PushReader, target: string, attributes: Record<string, unknown>) => void,
		) => void;
	}) {
		// A path this processor resolved (absolute, in the folder) is read by Asciidoctor itself, with its tags and lines.
		this.handles(
			(target) =>
				!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) &&
				!(path.isAbsolute(target) && existsSync(target) && inside(realpathSync(target))),
		);
		this.process((_doc, reader, target, attributes) => {
			// A relative path is read from the including file's folder: the page's, or an included partial's own.
			const current = reader.getCursor().getFile();
			const from = typeof current === 'string' && path.isAbsolute(current) ? path.dirname(current) : pageDir;
			const found = resolve(target, from, 'page');
			if ('file' in found) {
				// One line Asciidoctor reads as AsciiDoc (no file: a `.js` file's lines would stay unprocessed).
				reader.pushInclude([`include::${found.file}[${attributeList(attributes)}]`], null, target, 1, {});
				return;
			}
			if ('optional-option' in attributes) return;
			notes.push({ level: 'review', message: `include::${target}[] not written in: ${found.reason}` });
			const message = `an included file (${target}: ${found.reason})`;
			reader.pushInclude(
				['++++', `<x-import-note message="${escapeAttribute(message)}"></x-import-note>`, '++++'],
				null,
				target,
				1,
				{},
			);
		});
	});
	/** A file of the folder as the page links it: its path from the page's folder (the link machinery takes no `file:` address). */
	const fileUrl = (file: string) =>
		path
			.relative(path.dirname(realpathSync(context.file)), file)
			.split(path.sep)
			.map(encodeURIComponent)
			.join('/');
	const imageUrl = (target: string): string | undefined => {
		if (!context.antora || !isResourceId(target)) return undefined;
		const found = resolve(target.replace(/#.*$/, ''), pageDir, 'image');
		if ('file' in found) return fileUrl(found.file);
		notes.push({ level: 'review', message: `image ${target}: ${found.reason}` });
		return undefined;
	};
	/** A cross reference to another page (`xref:admin:backups.adoc#keep[]`): the page's file, at the place it names. */
	const xref = (target: string): { href: string; title?: string } | undefined => {
		const [page = '', fragment] = target.split('#');
		const withExtension = /\.adoc$/i.test(page) ? page : `${page}.adoc`;
		const from =
			context.antora && !withExtension.startsWith('./') && !withExtension.startsWith('../')
				? path.join(context.root, context.antora.component.root, 'modules', context.antora.module, 'pages')
				: pageDir;
		const found =
			context.antora && isResourceId(withExtension)
				? resolve(withExtension, pageDir, 'page')
				: resolve(withExtension, from, 'page');
		if (!('file' in found)) return undefined;
		// A fragment naming the page's own id (`[id="custom-converters"]` over its title) is the page's top.
		const place = fragment && asciidocHeader(readFileSync(found.file, 'utf8')).id === fragment ? undefined : fragment;
		return {
			href: `${fileUrl(found.file)}${place ? `#${place}` : ''}`,
			title: context.titleOf(found.file, place),
		};
	};

	class PageConverter extends (Html5Converter as unknown as new (
		backend: string,
		options: unknown,
	) => ConverterMethods) {
		async convert_admonition(node: AdmonitionNode) {
			const name = String(node.getAttribute('name'));
			// Without a title Asciidoctor shows the kind's label ("Important"); the converter
			// drops the ones the aside's own label says ("Note", "Warning").
			const label = node.getAttribute('textlabel');
			const title = node.hasTitle() ? node.title : typeof label === 'string' ? label : undefined;
			const id = node.id ? ` id="${node.id}"` : '';
			return `<div${id} class="admonitionblock ${name}">\n${title ? `<div class="admonition-title">${title}</div>\n` : ''}<div class="content">\n${await node.content()}\n</div>\n</div>`;
		}
		async convert_listing(node: unknown) {
			return (await super.convert_listing(node)).replace(CONUM, '');
		}
		async convert_literal(node: unknown) {
			return (await super.convert_literal(node)).replace(CONUM, '');
		}
		async convert_image(node: ImageNode) {
			const url = imageUrl(String(node.getAttribute('target')));
			if (url) node.setAttribute('target', url);
			return super.convert_image(node);
		}
		async convert_inline_image(node: InlineNode) {
			const url = node.type === 'image' ? imageUrl(node.target) : undefined;
			if (url) node.target = url;
			return super.convert_inline_image(node);
		}
		async convert_inline_anchor(node: InlineNode) {
			if (node.type === 'xref' && node.attributes.path) {
				const found = xref(node.target);
				if (found) {
					node.target = found.href;
					if (!node.text && found.title) node.text = found.title;
				} else notes.push({ level: 'review', message: `xref:${node.target}[]: no page of the folder` });
			}
			return super.convert_inline_anchor(node);
		}
	}

	const antora = context.antora;
	const modulePath = (family: string) =>
		antora ? path.join(context.root, antora.component.root, 'modules', antora.module, family) : undefined;
	const attributes: Record<string, string | null> = {
		...(antora?.component.attributes ?? {}),
		// Cross references keep naming the page's file, for the link to lead to its article.
		relfilesuffix: '.adoc',
		'attribute-missing': 'warn',
		// The help center builds its own table of contents, icons and anchors.
		toc: null,
		icons: null,
		...(antora
			? {
					imagesdir:
						path
							.relative(pageDir, modulePath('images') as string)
							.split(path.sep)
							.join('/') || '.',
					partialsdir: modulePath('partials') as string,
					examplesdir: modulePath('examples') as string,
					attachmentsdir: modulePath('attachments') as string,
					'page-module': antora.module,
				}
			: {}),
	};
	const logger = MemoryLogger.create();
	const previous = LoggerManager.getLogger();
	LoggerManager.setLogger(logger);
	try {
		const text = readFileSync(context.file, 'utf8');
		const doc = await load(text, {
			safe: 'safe',
			base_dir: root,
			attributes: { ...attributes, docdir: pageDir, docfile: context.file, docname: path.parse(context.file).name },
			extension_registry: registry,
			converter: PageConverter,
			sourcemap: true,
		});
		const html = String(await doc.convert())
			// A table's title is its caption, which Markdown tables cannot hold: a line over it, as other blocks' titles.
			.replace(
				/(<table class="tableblock[^>]*>)\s*<caption class="title">([\s\S]*?)<\/caption>/g,
				'<p><strong>$2</strong></p>\n$1',
			)
			// A block's title (`.Reading with callouts`) reads as a line in bold over it.
			.replace(/<div class="title">([\s\S]*?)<\/div>/g, '<p><strong>$1</strong></p>')
			// A description list's term, in bold over its definition as the import writes every one.
			.replace(/(<dt class="hdlist1">)([\s\S]*?)(<\/dt>)/g, '$1<strong>$2</strong>$3');
		const title = decodeEntities(String(doc.getDocumentTitle({ sanitize: true }) ?? ''));
		const description = decodeEntities(String(doc.getAttribute('description') ?? ''));
		const keywords = decodeEntities(String(doc.getAttribute('keywords') ?? ''));
		for (const message of logger.getMessages()) notes.push(noteOf(message));
		return {
			html,
			title: title.trim() || undefined,
			description: description.trim() || undefined,
			keywords: keywords
				.split(',')
				.map((word) => word.trim())
				.filter((word) => word !== ''),
			notes,
		};
	} finally {
		LoggerManager.setLogger(previous);
	}
}

interface PushReader {
	getCursor: () => { getFile: () => unknown };
	pushInclude: (lines: string[], file: string | null, path: string, lineno: number, attributes: object) => void;
}

interface AdmonitionNode {
	id?: string;
	title?: string;
	hasTitle: () => boolean;
	getAttribute: (name: string) => unknown;
	content: () => Promise<string>;
}

interface ImageNode {
	getAttribute: (name: string) => unknown;
	setAttribute: (name: string, value: string) => unknown;
}

interface InlineNode {
	type: string;
	target: string;
	text?: string;
	attributes: Record<string, unknown>;
}

interface ConverterMethods {
	convert_listing(node: unknown): Promise<string>;
	convert_literal(node: unknown): Promise<string>;
	convert_image(node: unknown): Promise<string>;
	convert_inline_image(node: unknown): Promise<string>;
	convert_inline_anchor(node: unknown): Promise<string>;
}
