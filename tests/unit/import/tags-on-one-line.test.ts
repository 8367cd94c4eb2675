import { describe, expect, test } from 'vitest';
import { type SplitTags, tagsOnOneLine } from '../../../src/import/convert/template-tags.ts';

const markdoc: SplitTags = { maxLines: 20, blankLineEnds: true, keepLineNumbers: true };
const gitbook: SplitTags = { maxLines: 12, opening: /^\s*@?[a-z]/i, blankLineEnds: false, keepLineNumbers: false };

describe('a tag written over several lines, read as one', () => {
	test('an attribute a line comes together, and the lines it spanned stay empty where notes name lines', () => {
		const lines = ['{% callout', '   type="warning"', '   title="Before you start" %}', 'Unplug it.', '{% /callout %}'];
		expect(tagsOnOneLine(lines, markdoc)).toEqual([
			'{% callout type="warning" title="Before you start" %}',
			'',
			'',
			'Unplug it.',
			'{% /callout %}',
		]);
		expect(tagsOnOneLine(lines, gitbook)).toEqual([
			'{% callout type="warning" title="Before you start" %}',
			'Unplug it.',
			'{% /callout %}',
		]);
	});

	test('a paragraph break inside an attribute ends the tag only where the generator cannot hold one', () => {
		const lines = ['{% swagger-response status="200" description="Sent.', '', 'Check your inbox." %}'];
		expect(tagsOnOneLine(lines, gitbook)).toEqual([
			'{% swagger-response status="200" description="Sent.  Check your inbox." %}',
		]);
		expect(tagsOnOneLine(lines, markdoc)).toEqual(lines);
	});

	test('a tag that another tag interrupts before it closes stays as written', () => {
		const lines = ['{% callout type="note"', '{% badge %}New{% /badge %}', 'Text.'];
		expect(tagsOnOneLine(lines, markdoc)).toEqual(lines);
		expect(tagsOnOneLine(['{% hint style="info"', 'No end.'], gitbook)).toEqual(['{% hint style="info"', 'No end.']);
	});

	test('code stays as it is, and a line that opens no tag GitBook has is left alone', () => {
		const fenced = ['```liquid', '{% if user', '   %}', '```'];
		expect(tagsOnOneLine(fenced, markdoc)).toEqual(fenced);
		expect(tagsOnOneLine(['{% $user', '.name %}'], gitbook)).toEqual(['{% $user', '.name %}']);
	});
});
