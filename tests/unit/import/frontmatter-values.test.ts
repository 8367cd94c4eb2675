import { describe, expect, test } from 'vitest';
import { withFrontmatterValues } from '../../../src/import/sources/vitepress-home.ts';

describe("a page's own frontmatter shown in its text", () => {
	const data = { title: 'Verify a domain', seo: { description: 'Add the records.' }, version: 3 };

	test('VitePress and Markdoc forms become the value they showed, a field path too', () => {
		expect(withFrontmatterValues('# {{ $frontmatter.title }}', data)).toBe('# Verify a domain');
		expect(
			withFrontmatterValues('## {% $frontmatter.seo.description %} (v{% $markdoc.frontmatter.version %})', data),
		).toBe('## Add the records. (v3)');
	});

	test('a title the page does not set is the title it showed, as Redocly fills in seo.title', () => {
		const text = 'Besides errors for all transactions, {% $frontmatter.seo.title %} transactions can fail with:';
		expect(withFrontmatterValues(text, {}, 'AccountDelete')).toBe(
			'Besides errors for all transactions, AccountDelete transactions can fail with:',
		);
		expect(withFrontmatterValues('# {% $markdoc.frontmatter.title %}', {}, '{% $markdoc.frontmatter.title %}')).toBe(
			'# {% $markdoc.frontmatter.title %}',
		);
	});

	test('a value that is not text, a field it lacks and code stay as written', () => {
		const text = ['{% $frontmatter.seo %} {% $frontmatter.missing %}', '```', '{% $frontmatter.title %}', '```'].join(
			'\n',
		);
		expect(withFrontmatterValues(text, data, 'Shown')).toBe(text);
	});

	test('the value is written as words, never as Markdown or markup', () => {
		expect(withFrontmatterValues('{% $frontmatter.title %}', { title: '<script>*x*</script>' })).toBe(
			'\\<script\\>\\*x\\*\\</script\\>',
		);
	});
});
