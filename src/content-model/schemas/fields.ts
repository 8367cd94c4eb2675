import { z } from 'astro/zod';
import { characterClass, notInAuthoredText } from '../../text/control-characters.ts';
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

/** Text as people type it: trimmed, and without control characters or bidirectional overrides. */
export function plainText() {
	return z
		.string()
		.trim()
		.superRefine((value, context) => {
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
