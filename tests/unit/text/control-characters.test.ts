import { describe, expect, test } from 'vitest';
import { inline, plainLine } from '../../../src/cli/untrusted-text.ts';
import { describeCharacter, forbiddenCharacter, plainText } from '../../../src/content-model/schemas/fields.ts';

const hex = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every character of the Basic Multilingual Plane except the surrogate halves. */
const everyCharacter = Array.from({ length: 0x10000 }, (_, code) => code)
	.filter((code) => code < 0xd800 || code > 0xdfff)
	.map((code) => String.fromCharCode(code));

describe('one definition of control characters for authored text and helpdesk text', () => {
	test('every character frontmatter rejects is one that helpdesk text loses or turns into a space', () => {
		const rejectedButKept = everyCharacter.filter(
			(character) => forbiddenCharacter.test(character) && inline(`a${character}b`) === `a${character}b`,
		);
		expect(rejectedButKept.map(hex)).toEqual([]);
	});

	test('helpdesk text loses more only where authors legitimately type it: tab, line breaks and bidi marks', () => {
		const acceptedButChanged = everyCharacter.filter(
			(character) => !forbiddenCharacter.test(character) && inline(`a${character}b`) !== `a${character}b`,
		);
		expect(acceptedButChanged.map(hex)).toEqual([
			'U+0009',
			'U+000A',
			'U+000D',
			'U+061C',
			'U+200E',
			'U+200F',
			'U+2028',
			'U+2029',
		]);
	});

	test('a helpdesk value as one plain line also loses the zero-width characters, and only those', () => {
		const droppedFromPlainLineOnly = everyCharacter.filter(
			(character) => inline(`a${character}b`) === `a${character}b` && plainLine(`a${character}b`) === 'ab',
		);
		expect(droppedFromPlainLineOnly.map(hex)).toEqual([
			'U+200B',
			'U+200C',
			'U+200D',
			'U+2060',
			'U+2061',
			'U+2062',
			'U+2063',
			'U+2064',
			'U+FEFF',
		]);
	});

	test('frontmatter accepts the marks Arabic and Hebrew text needs, and rejects overrides', () => {
		expect(plainText().parse('שלום\u200F (עברית)')).toBe('שלום\u200F (עברית)');
		expect(plainText().parse('\u061Cالنطاق 2')).toBe('\u061Cالنطاق 2');
		expect(plainText().safeParse('invoice\u202Efdp.exe').success).toBe(false);
	});

	test('names the kind of character it rejects', () => {
		expect(describeCharacter('\u001b')).toBe('U+001B (escape, which starts terminal control sequences)');
		expect(describeCharacter('\u2067')).toBe('U+2067 (a bidirectional control, which reorders the text around it)');
		expect(describeCharacter('\uFFFE')).toBe('U+FFFE (a non-character)');
		expect(describeCharacter('\u000B')).toBe('U+000B (a control character)');
	});
});
