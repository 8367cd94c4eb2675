import { z } from 'astro/zod';
import { characterClass, controlCharacters, notInAuthoredText } from '../../text/control-characters.ts';
import { calendarDateProblem } from '../dates.ts';

/**
 * Characters no help-center text needs, which break output or disguise text: C0
 * controls other than tab and line breaks (invalid in XML, so one in a title makes
 * rss.xml ill-formed; ESC starts ANSI and OSC terminal sequences), VT, FF, DEL and C1
 * controls, bidirectional embeddings, overrides and isolates (they reorder what a
 * reader sees), and the non-characters U+FFFE and U+FFFF. Bidi marks (U+061C, U+200E,
 * U+200F) are allowed: Arabic and Hebrew text needs them. The classes are shared
 * with the guards for helpdesk text (src/text/control-characters.ts).
 */
export const forbiddenCharacter = characterClass(notInAuthoredText);
const bidiControl = characterClass(['bidiControls']);

/** `U+001B`, with what kind of character it is. */
export function describeCharacter(character: string): string {
	const code = character.codePointAt(0) ?? 0;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	if (code === 0x1b) return `${hex} (escape, which starts terminal control sequences)`;
	if (bidiControl.test(character)) return `${hex} (a bidirectional control, which reorders the text around it)`;
	if (code >= 0xfffe) return `${hex} (a non-character)`;
	return `${hex} (a control character)`;
}

/** The check `plainText()` adds; the editor schemas know a text field by it. */
export const plainTextCheck = z.superRefine<string>((value, context) => {
	const match = forbiddenCharacter.exec(value);
	if (!match) return;
	context.addIssue({
		code: 'custom',
		message: 'text without control characters',
		input: value,
		params: {
			found: `${describeCharacter(match[0])} at character ${match.index + 1}`,
			hint: 'delete it: such characters break the RSS feed and can disguise text; they often come with text pasted from a terminal',
		},
	});
});

/** Text as people type it: trimmed, and without control characters or bidirectional overrides. */
export function plainText() {
	return z.string().trim().check(plainTextCheck);
}

/** The body of a character class of the line breaks in any form (LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR) and tab. */
const lineBreaksAndTab = '\\t\\n\\v\\f\\r\\u0085\\u2028\\u2029';
const notOnOneLine = new RegExp(`[${lineBreaksAndTab}]`);

const forbiddenClassBody = notInAuthoredText.map((name) => controlCharacters[name]).join('');

/**
 * The rules above as JSON Schema patterns (ECMAScript regular expressions, which editors
 * apply with the `u` flag), for the editor schemas in content/.schema: what `plainText()`
 * and `oneLineText()` refuse, white space at either end excepted, since zod trims it
 * (`\s` and `trim()` know the same white space).
 */
export const textPatterns = {
	plain: `^\\s*[^${forbiddenClassBody}]*\\s*$`,
	oneLine: `^\\s*[^${forbiddenClassBody}${lineBreaksAndTab}]*\\s*$`,
} as const;

/**
 * Where a value meant for one line (a title, a name, a label) breaks the line or holds
 * a tab: `U+000A (a line break) at character 6`, or undefined. Leading and trailing
 * white space does not count: the schema trims it, and a YAML `|` block ends in a line break.
 */
export function oneLineProblem(value: string): string | undefined {
	const match = notOnOneLine.exec(value.trim());
	if (!match) return undefined;
	const hex = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
	return `${hex} (${match[0] === '\t' ? 'a tab' : 'a line break'}) at character ${match.index + 1}`;
}

/** The check `oneLineText()` adds; the README's field tables know a one-line field by it. */
export const oneLineCheck = z.superRefine<string>((value, context) => {
	// NEL, VT and FF are control characters too: the rule above has reported them.
	const found = forbiddenCharacter.test(value) ? undefined : oneLineProblem(value);
	if (!found) return;
	context.addIssue({
		code: 'custom',
		message: 'one line of text',
		input: value,
		params: {
			found,
			hint: 'write it on one line with spaces between its words; a YAML "|" block keeps its line breaks',
		},
	});
});

/**
 * Plain text that shows as one line wherever it goes: a page title (the browser tab,
 * search results, the RSS feed, llms.txt's list of links), a name or a label. A line
 * break or a tab in it is an error rather than a title that splits in two. Descriptions
 * and other prose stay `plainText()`: a YAML block there may wrap its sentences.
 */
export function oneLineText() {
	return plainText().check(oneLineCheck);
}

/**
 * Prose shown on one line of a report (a coverage waiver's reason): it may be written
 * over several lines, as a YAML `|` block, and is read with each line break or tab
 * (and the spaces around it) as one space, the way a folded `>` block reads.
 */
export function foldedText() {
	return plainText()
		.min(1)
		.transform((value) => value.replace(/\s*[\t\n\r\u2028\u2029]\s*/g, ' '));
}

/**
 * A calendar day written as YYYY-MM-DD (YAML may also give a Date). A day that does
 * not exist, such as 2026-02-30, is an error rather than rolled over to March.
 */
export function calendarDate() {
	return z.preprocess((value, context) => {
		const text = typeof value === 'string' ? value.trim() : undefined;
		const parts = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(text);
		if (parts) {
			const problem = calendarDateProblem(Number(parts[1]), Number(parts[2]), Number(parts[3]));
			if (problem) {
				context.addIssue({
					code: 'custom',
					message: 'a date that exists',
					input: value,
					params: { found: `${JSON.stringify(text)}: ${problem}` },
				});
			}
		}
		return value;
	}, z.coerce.date());
}
