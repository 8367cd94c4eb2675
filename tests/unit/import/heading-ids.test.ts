import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { convertArticle, indexHtmlArticle } from '../../../src/import/convert/article.ts';
import { headingAnchors, stringifyBody } from '../../../src/import/convert/body.ts';
import type { SourceArticle } from '../../../src/import/sources/types.ts';

/** An article of one heading between two paragraphs, from Markdown or from a help center's HTML. */
function articleWith(heading: string, kind: 'markdown' | 'html'): SourceArticle {
	return {
		id: '1',
		title: 'Awkward headings',
		body:
			kind === 'markdown'
				? { kind, text: `Intro.\n\n${heading}\n\nText.\n`, mdx: false }
				: { kind, html: `<p>Intro.</p>${heading}<p>Text.</p>` },
		labels: [],
		draft: false,
		oldPaths: [],
		base: 'https://help.example.com/hc/en-us/articles/1-Awkward-headings',
		notes: [],
	};
}

/** The id the import gives the heading, the one the build gives it in the written article, and, for HTML, the one other articles' links are given. */
async function ids(heading: string, kind: 'markdown' | 'html') {
	const article = articleWith(heading, kind);
	const converted = convertArticle(article, {
		format: 'mdx',
		link: (href) => ({ kind: 'kept', href }),
		keepIds: new Set(),
	});
	const written = stringifyBody(converted.tree, 'mdx');
	const built = (await (await createMarkdownProcessor()).render(written)).metadata.headings.map((each) => each.slug);
	const indexed =
		article.body.kind === 'html'
			? [...indexHtmlArticle(article as SourceArticle & { body: { kind: 'html' } }, () => {}).slugs]
			: undefined;
	return { imported: [...headingAnchors(converted.tree).slugs], built, indexed };
}

describe('heading ids: the import gives each heading the id the build gives it', () => {
	test.each([
		['several spaces', '## Step  1', 'step--1'],
		['a picture, then spaces', '## ![](icon.png)  Step 1', '--step-1'],
		['a picture, then six spaces', '### ![](icon.png)      Step 3: Save', '------step-3-save'],
		['a picture at the end', '## Location ![Android](android.png)', 'location-'],
		['a tab', '## Step\t1', 'step1'],
		['a tab written as a character reference', '## Step&#9;1', 'step1'],
		['a no-break space', '## **Step 1:**\u00a0Enable rooms', 'step-1enable-rooms'],
		['a picture, then a no-break space', '## ![](icon.png)\u00a0Step', 'step'],
		['inline code with two spaces', '## Run `npm  run build`', 'run-npm--run-build'],
		['emoji', '## 🎉 Party time', '-party-time'],
		['trailing punctuation', '## Done?!', 'done'],
		['non-Latin letters and spaces', '## Привет  мир', 'привет--мир'],
		['a closing sequence', '## Fix *it*  now   #', 'fix-it--now'],
		['a setext heading over two lines', 'Step\nover two\n---', 'stepover-two'],
	])('Markdown, %s', async (_name, heading, id) => {
		const { imported, built } = await ids(heading, 'markdown');
		expect(built).toEqual([id]);
		expect(imported).toEqual(built);
	});

	test.each([
		['no-break spaces', '<h2>Step&nbsp;&nbsp;1</h2>', 'step1'],
		['a picture, then spaces', '<h2><img src="https://help.example.com/i.png">   Step 1</h2>', '-step-1'],
		['a picture inside a span', '<h2> <span> <img src="https://help.example.com/i.png"></span> Go</h2>', '-go'],
		['a picture at the end', '<h2>Location <img src="https://help.example.com/a.png" alt="Android"></h2>', 'location-'],
		['a tab and runs of spaces', '<h2>  Step\t  1  </h2>', 'step-1'],
		['a line break', '<h2>Step<br>two</h2>', 'step-two'],
		['bold, then a no-break space', '<h2><strong>Step 1:</strong>&nbsp;Do</h2>', 'step-1do'],
		['inline code', '<h2><code>npm  run</code></h2>', 'npm-run'],
		['non-Latin letters, emoji, punctuation', '<h2>Привет&nbsp;мир 🎉!</h2>', 'приветмир-'],
	])('HTML, %s', async (_name, heading, id) => {
		const { imported, built, indexed } = await ids(heading, 'html');
		expect(built).toEqual([id]);
		expect(imported).toEqual(built);
		// Links from other articles are given the heading's id before it is converted.
		expect(indexed).toEqual(built);
	});
});
