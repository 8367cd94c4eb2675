import type { Element, ElementContent, Text } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { type AsideType, asideTypeOf, titleSaysOnlyTheKind } from './callouts.ts';

/**
 * The bold label help-center editors open a box with ("<strong>Note:</strong> If you…",
 * "<b>IMPORTANT</b>: …"), as Zendesk agents write inside their theme's note boxes.
 */
interface OpeningLabel {
	/** The label's word as written, without its colon: `Note`, `IMPORTANT`. */
	word: string;
	bold: Element;
	/** The elements from the box down to the bold's parent. */
	path: Element[];
	/** The text after the bold, whose colon is the label's when the bold holds none. */
	after: Text | undefined;
}

const boldTags = new Set(['strong', 'b']);
/** Elements the label may sit in at the box's start: a paragraph, an editor's font-size or colour span. */
const openingWrappers = new Set(['p', 'span', 'div']);
/** The words a box's label names its kind by (not `check` or `success`, which open ordinary sentences). */
const LABEL_WORDS = new Set([
	'note',
	'notes',
	'info',
	'information',
	'notice',
	'important',
	'tip',
	'tips',
	'hint',
	'warning',
	'warn',
	'caution',
	'attention',
	'danger',
]);

function labelKind(word: string): AsideType | undefined {
	return LABEL_WORDS.has(word.toLowerCase()) ? asideTypeOf(word) : undefined;
}

/** One word, then a colon inside the bold or right after it: "Note:", "NOTE" + ":". */
const LABEL = /^([\p{L}]+)\s*(:?)\s*$/u;

function isBlank(node: ElementContent): boolean {
	return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

/** The first text inside an editor's colour or font spans (`<span style="color: #434343;">:</span>`). */
function leadingSpanText(node: ElementContent | undefined): Text | undefined {
	for (let current = node, depth = 0; current && depth < 4; depth++) {
		if (current.type === 'text') return current;
		if (current.type !== 'element' || current.tagName !== 'span') return undefined;
		current = current.children.find((child) => !isBlank(child)) ?? current.children[0];
	}
	return undefined;
}

/** The text right after a node, looking past the end of the inline wrappers it closes (`<span><b>Note</b></span>:`). */
function textAfter(path: Element[], node: Element): Text | undefined {
	let child: Element = node;
	for (let level = path.length - 1; level >= 0; level--) {
		const parent = path[level] as Element;
		const next = parent.children[parent.children.indexOf(child) + 1];
		if (next !== undefined) return leadingSpanText(next);
		if (level === 0 || parent.tagName !== 'span') return undefined;
		child = parent;
	}
	return undefined;
}

/** Line breaks and emptied spans left at the start of a box once its label went. */
function dropLeadingBreaks(box: Element): void {
	let parent = box;
	for (let depth = 0; depth < 4; ) {
		const index = parent.children.findIndex((child) => !isBlank(child));
		const first = parent.children[index];
		if (first?.type !== 'element') return;
		if (first.tagName === 'br' || (first.tagName === 'span' && first.children.every(isBlank))) {
			// Each turn takes one away, so this ends.
			parent.children.splice(0, index + 1);
			continue;
		}
		if (first.tagName !== 'span' && first.tagName !== 'p') return;
		parent = first;
		depth++;
	}
}

/** The bold label that opens the element, if it opens with one and a colon follows the word. */
function openingLabel(element: Element): OpeningLabel | undefined {
	const path: Element[] = [element];
	for (let depth = 0; depth < 4; depth++) {
		const parent = path.at(-1) as Element;
		const first = parent.children.find((child) => !isBlank(child));
		if (first?.type !== 'element') return undefined;
		if (boldTags.has(first.tagName)) {
			const match = LABEL.exec(
				hastText(first)
					.replace(/\u00a0/g, ' ')
					.trim(),
			);
			if (!match?.[1]) return undefined;
			const after = textAfter(path, first);
			// "<strong>Note</strong> that…" is a sentence, not a label.
			if (match[2] !== ':' && !after?.value.startsWith(':')) return undefined;
			return { word: match[1], bold: first, path, after };
		}
		if (!openingWrappers.has(first.tagName)) return undefined;
		path.push(first);
	}
	return undefined;
}

/** Classes an editor adds for alignment, indents and sizes, which make no box of their own. */
const EDITOR_CLASS = /^wysiwyg-/;

function themeClasses(element: Element): string[] {
	const value: unknown = element.properties?.className;
	const tokens = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
	return tokens.filter((token) => token !== '' && !EDITOR_CLASS.test(token));
}

const boxTags = new Set(['div', 'section', 'p']);

/**
 * A box the theme styles by a class that names no kind (`book-box`, `exp-box`), opened
 * by a bold label that does ("Note:", "Important:", "Info:"): a callout of that kind.
 * An editor's own formatting (`wysiwyg-text-align-center`) makes no box.
 */
export function labelledBoxType(element: Element): AsideType | undefined {
	if (!boxTags.has(element.tagName) || themeClasses(element).length === 0) return undefined;
	const label = openingLabel(element);
	return label ? labelKind(label.word) : undefined;
}

/**
 * Takes a callout's opening label out of its words, where the aside now says it:
 * "Note:" in a note is dropped, and a label that says more than the aside's own
 * ("Important:", "Attention:") becomes its title. A label that names no kind of
 * callout ("Contact us:", "On mobile:") stays in the text.
 */
export function takeCalloutLabel(element: Element): string | undefined {
	const label = openingLabel(element);
	if (!label || labelKind(label.word) === undefined) return undefined;
	// The bold goes, and the font-size or colour spans that held nothing else.
	let removed: Element = label.bold;
	for (let level = label.path.length - 1; level >= 0; level--) {
		const parent = label.path[level] as Element;
		parent.children.splice(parent.children.indexOf(removed), 1);
		if (level === 0 || parent.tagName !== 'span' || !parent.children.every(isBlank)) break;
		removed = parent;
	}
	if (label.after) label.after.value = label.after.value.replace(/^\s*:?\s*/, '');
	dropLeadingBreaks(label.path[0] as Element);
	if (titleSaysOnlyTheKind(label.word)) return undefined;
	// "IMPORTANT" shouted in the text reads as a title in the title's own case.
	const { word } = label;
	return word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}
