import { readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkPlugins } from '../../../src/markdown/mdx-syntax.ts';
import { remarkLinkedImageAlt } from '../../../src/markdown/remark-linked-image-alt.ts';

const fixture = readFileSync(new URL('../../fixtures/markdown/linked-images/maintainers.md', import.meta.url), 'utf8');

/** The fixture's paragraphs as HTML, after the site's remark plugins and, when asked, this one. */
function render(withPlugin: boolean): string[] {
	const processor = unified().use(remarkParse).use(remarkPlugins);
	if (withPlugin) processor.use(remarkLinkedImageAlt);
	const tree = processor.runSync(processor.parse(fixture)) as Root;
	return toHtml(toHast(tree)).split('\n').filter(Boolean);
}

describe('remarkLinkedImageAlt', () => {
	test("a link made only of pictures without alternative text is named by the pictures' titles", () => {
		const [, people] = render(true);
		expect(people).toBe(
			'<p><a href="https://forum.example.com/u/ana"><img src="https://avatars.example.com/ana.png" alt="Ana Lima" title="Ana Lima"></a> <a href="https://forum.example.com/u/bo"><img src="https://avatars.example.com/bo.png" alt="Bo Chen" title="Bo Chen"></a></p>',
		);
		// Without it, each link has no name at all.
		expect(render(false)[1]).toContain('<img src="https://avatars.example.com/ana.png" alt="" title="Ana Lima">');
	});

	test('leaves alternative text that is there, a link with words, and a picture outside a link', () => {
		const [, , badge, beside, alone] = render(true);
		expect(badge).toContain('alt="Build passing" title="CI status"');
		expect(beside).toContain('alt="" title="Ana Lima"> Ana\'s profile</a>');
		expect(alone).toContain('<img src="https://example.com/divider.png" alt="">');
	});
});
