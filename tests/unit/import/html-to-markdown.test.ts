import { describe, expect, test } from 'vitest';
import { convertArticle, htmlHoldsNothing } from '../../../src/import/convert/article.ts';
import { describeFromBody, stringifyBody } from '../../../src/import/convert/body.ts';
import { asideTypeFromColour } from '../../../src/import/convert/callouts.ts';
import type { LinkOutcome, OutputFormat } from '../../../src/import/convert/types.ts';
import { htmlArticle } from './helpers.ts';

function convert(html: string, options: { format?: OutputFormat; link?: (href: string) => LinkOutcome } = {}) {
	const format = options.format ?? 'mdx';
	const result = convertArticle(htmlArticle(html), {
		format,
		link: options.link ?? ((href) => ({ kind: 'kept', href })),
	});
	return { ...result, markdown: stringifyBody(result.tree, format) };
}

describe('HTML to Markdown', () => {
	test('terminal escape sequences and control characters in the text and code go; right-to-left marks stay', () => {
		const { markdown, notes } = convert(
			'<p>\u001b]8;;https://evil.test\u0007Click\u001b]8;;\u0007 here\u001b[2J now\u0000.</p>' +
				'<pre><code>echo \u001b[31mred\u001b[0m</code></pre><p>\u05e9\u05dc\u05d5\u05dd\u200f!</p>',
		);
		expect(markdown).toBe('Click here now.\n\n```\necho red\n```\n\n\u05e9\u05dc\u05d5\u05dd\u200f!\n');
		expect(notes).toContainEqual({
			level: 'info',
			message: 'terminal escape sequences and control characters were removed from the text',
		});
	});

	test('a collapsible section is a fold: its summary keeps bold of its own, but not bold all over, which every summary has', () => {
		const { markdown } = convert(`
			<details><summary>What about <strong>billing</strong>?</summary><p>Billing is in the <b>Account</b> tab.</p></details>
			<details><summary><b>Refunds</b></summary><p>Within 30 days.</p></details>`);
		expect(markdown).toBe(
			'<details>\n  <summary>What about **billing**?</summary>\n\n  Billing is in the **Account** tab.\n</details>\n\n<details>\n  <summary>Refunds</summary>\n\n  Within 30 days.\n</details>\n',
		);
	});

	test('headings, nested lists and a table become GitHub-flavoured Markdown', () => {
		const { markdown } = convert(`
			<h2>Before you start</h2>
			<ul><li>DNS access<ul><li>Cloudflare</li><li>Route 53</li></ul></li><li>An account</li></ul>
			<ol><li>Open <b>Domains</b></li><li>Copy:<ol><li>SPF</li><li>DKIM</li></ol></li></ol>
			<table><thead><tr><th>Type</th><th>Value</th></tr></thead>
			<tbody><tr><td>TXT</td><td>v=spf1 | include</td></tr></tbody></table>`);
		expect(markdown).toMatchInlineSnapshot(`
			"## Before you start

			- DNS access
			  - Cloudflare
			  - Route 53
			- An account

			1. Open **Domains**
			2. Copy:
			   1. SPF
			   2. DKIM

			| Type | Value             |
			| ---- | ----------------- |
			| TXT  | v=spf1 \\| include |
			"
		`);
	});

	test.each([
		[
			'bold, as Intercom writes its header',
			'<table><tr><td><b>Plan</b></td><td><strong>Includes</strong></td></tr><tr><td>Free</td><td>One domain</td></tr></table>',
			'| Plan | Includes   |\n| ---- | ---------- |\n| Free | One domain |',
		],
		[
			'a few words over prices',
			'<table><tr><td>Plan</td><td>Price</td></tr><tr><td>Free</td><td>$0</td></tr><tr><td>Pro</td><td>$20 a month</td></tr></table>',
			'| Plan | Price       |\n| ---- | ----------- |\n| Free | $0          |\n| Pro  | $20 a month |',
		],
		[
			'a few words over sentences, a grid’s corner empty',
			'<table><tbody><tr><td></td><td>What it does</td></tr><tr><td>Timeout</td><td>How long a request may wait before it is given up.</td></tr></tbody></table>',
			'|         | What it does                                       |\n| ------- | -------------------------------------------------- |\n| Timeout | How long a request may wait before it is given up. |',
		],
	])('a table without a header row gets its first row as the header when it reads as one: %s', (_, html, table) => {
		expect(convert(html).markdown).toBe(`${table}\n`);
	});

	test.each([
		[
			'a row of screenshots',
			'<table><tr><td><img src="https://acme.test/before.png" alt="Before"></td><td><img src="https://acme.test/after.png" alt="After"></td></tr><tr><td>Before</td><td>After</td></tr></table>',
			`|${' '.repeat(41)}|${' '.repeat(39)}|\n| ${'-'.repeat(39)} | ${'-'.repeat(37)} |\n| ![Before](https://acme.test/before.png) | ![After](https://acme.test/after.png) |\n| Before${' '.repeat(34)}| After${' '.repeat(33)}|`,
		],
		[
			'a key/value table whose first row is its first pair',
			'<table><tr><td>Name</td><td>Acme Kettles</td></tr><tr><td>Plan</td><td>Pro</td></tr><tr><td>Region</td><td>EU</td></tr></table>',
			'|        |              |\n| ------ | ------------ |\n| Name   | Acme Kettles |\n| Plan   | Pro          |\n| Region | EU           |',
		],
		[
			'links only',
			'<table><tr><td><a href="https://acme.test/setup">Setup</a></td><td><a href="https://acme.test/billing">Billing</a></td></tr><tr><td>Start here</td><td>Pay here</td></tr></table>',
			`|${' '.repeat(34)}|${' '.repeat(38)}|\n| ${'-'.repeat(32)} | ${'-'.repeat(36)} |\n| [Setup](https://acme.test/setup) | [Billing](https://acme.test/billing) |\n| Start here${' '.repeat(23)}| Pay here${' '.repeat(29)}|`,
		],
		[
			'long sentences',
			'<table><tr><td>Open the Domains page and choose Add a domain.</td><td>It takes a minute.</td></tr></table>',
			`|${' '.repeat(48)}|${' '.repeat(20)}|\n| ${'-'.repeat(46)} | ${'-'.repeat(18)} |\n| Open the Domains page and choose Add a domain. | It takes a minute. |`,
		],
		[
			'row headers, each row’s first cell a th',
			'<table><tr><th>Name</th><td>Acme Kettles</td></tr><tr><th>Plan</th><td>Pro</td></tr></table>',
			'|      |              |\n| ---- | ------------ |\n| Name | Acme Kettles |\n| Plan | Pro          |',
		],
	])('a table without a header row whose first row does not read as one gets an empty header: %s', (_, html, table) => {
		expect(convert(html).markdown).toBe(`${table}\n`);
	});

	test.each([
		['<pre><code class="language-js">let a = 1;</code></pre>', 'javascript'],
		['<pre class="language-python"><code>print(1)</code></pre>', 'python'],
		['<pre class="brush: ruby; gutter: false">puts 1</pre>', 'ruby'],
		['<pre data-language="bash"><code>ls</code></pre>', 'bash'],
		['<pre><code class="lang-yaml">a: 1</code></pre>', 'yaml'],
	])('code keeps its language: %s', (html, language) => {
		expect(convert(html).markdown).toMatch(new RegExp(`^\`\`\`${language}\\n`));
	});

	test('a code block without a language stays a fenced block', () => {
		expect(convert('<pre>curl -X POST</pre>').markdown).toBe('```\ncurl -X POST\n```\n');
	});

	test('callouts become asides in MDX, with the type their class or colour says', () => {
		const { markdown } = convert(`
			<div class="callout callout--warning"><h4>Careful</h4><p>Slow DNS.</p></div>
			<p class="wysiwyg-callout tip-box">A tip.</p>
			<div role="note"><p>A note.</p></div>
			<div class="intercom-interblocks-callout" style="background-color: #fdecea80"><p>Red.</p></div>`);
		expect(markdown).toMatchInlineSnapshot(`
			"<Aside type="caution" title="Careful">
			  Slow DNS.
			</Aside>

			<Aside type="tip">
			  A tip.
			</Aside>

			<Aside type="note">
			  A note.
			</Aside>

			<Aside type="danger">
			  Red.
			</Aside>
			"
		`);
	});

	test('a callout that opens with an icon saying its kind is that kind, the icon gone: the aside shows its own', () => {
		const { markdown } = convert(`
			<div class="intercom-interblocks-callout" style="background-color: #e3e7fa80;"><p class="no-margin">⚠️ Exports stop at 10,000 rows.</p></div>
			<div class="intercom-interblocks-callout" style="background-color: #feedaf80;"><p class="no-margin">💡 Pin the report you open most.</p></div>
			<div class="intercom-interblocks-callout" style="background-color: #e3e7fa80;"><p class="no-margin">🎉 New in May.</p></div>
			<div class="callout callout--danger"><p>💡 Its kind named outright wins.</p></div>`);
		expect(markdown).toContain('<Aside type="caution">\n  Exports stop at 10,000 rows.\n</Aside>');
		expect(markdown).toContain('<Aside type="tip">\n  Pin the report you open most.\n</Aside>');
		// An icon that says no kind is the author's words.
		expect(markdown).toContain('<Aside type="note">\n  🎉 New in May.\n</Aside>');
		expect(markdown).toContain('<Aside type="danger">\n  Its kind named outright wins.\n</Aside>');
	});

	test("a box named by its kind (Document360's editor writes `infoBox`, `warningBox`, `errorBox`) is an aside of that kind", () => {
		const { markdown } = convert(`
			<section contenteditable="false" class="infoBox"><div class="content"><p>Quotes expire after 30 days.</p></div></section>
			<section contenteditable="false" class="warningBox"><div class="content"><p>Archived quotes cannot be reopened.</p></div></section>
			<section contenteditable="false" class="errorBox"><div class="content"><p>Deleting a buyer deletes their quotes.</p></div></section>
			<div class="tipbox"><p>Duplicate a quote to start from it.</p></div>
			<div class="checkbox"><p>Not a callout.</p></div>`);
		expect(markdown).toContain('<Aside type="note">\n  Quotes expire after 30 days.\n</Aside>');
		expect(markdown).toContain('<Aside type="caution">\n  Archived quotes cannot be reopened.\n</Aside>');
		expect(markdown).toContain('<Aside type="danger">\n  Deleting a buyer deletes their quotes.\n</Aside>');
		expect(markdown).toContain('<Aside type="tip">\n  Duplicate a quote to start from it.\n</Aside>');
		expect(markdown).toContain('Aside>\n\nNot a callout.\n');
	});

	test('a callout named by its colour (Help Scout Docs writes `callout-yellow`) is the kind that colour says', () => {
		const { markdown } = convert(`
			<section class="callout-yellow"><p>Renewals charge the card on file.</p></section>
			<section class="callout-red"><p>Deleting a workspace cannot be undone.</p></section>
			<div class="callout-green"><p>Pin the report you open most.</p></div>
			<section class="callout-blue"><p>Reports refresh hourly.</p></section>
			<section class="callout"><p>Plain.</p></section>
			<div class="callout callout--warning callout-red"><p>Its kind named outright wins.</p></div>`);
		expect(markdown).toContain('<Aside type="caution">\n  Renewals charge the card on file.\n</Aside>');
		expect(markdown).toContain('<Aside type="danger">\n  Deleting a workspace cannot be undone.\n</Aside>');
		expect(markdown).toContain('<Aside type="tip">\n  Pin the report you open most.\n</Aside>');
		expect(markdown).toContain('<Aside type="note">\n  Reports refresh hourly.\n</Aside>');
		expect(markdown).toContain('<Aside type="note">\n  Plain.\n</Aside>');
		expect(markdown).toContain('<Aside type="caution">\n  Its kind named outright wins.\n</Aside>');
	});

	test("a callout's one-word title stays when it says more than the aside's label: Important, not Note or Warning", () => {
		const { markdown } = convert(`
			<div class="callout callout--info"><p class="callout-title">Important</p><p>Backups count against the quota.</p></div>
			<div class="callout callout--info"><p class="callout-title">Note</p><p>Plain.</p></div>
			<div class="callout callout--warning"><h4>Warning:</h4><p>Slow DNS.</p></div>`);
		expect(markdown).toContain('<Aside type="note" title="Important">\n  Backups count against the quota.\n</Aside>');
		expect(markdown).toContain('<Aside type="note">\n  Plain.\n</Aside>');
		expect(markdown).toContain('<Aside type="caution">\n  Slow DNS.\n</Aside>');
	});

	test('in Markdown a callout is a quote that starts with its label', () => {
		const { markdown } = convert('<div class="alert alert-info"><p>Heads up.</p></div>', { format: 'md' });
		expect(markdown).toBe('> **Note:** Heads up.\n');
	});

	test.each([
		['#feedaf', 'caution'],
		['#e8f6ed80', 'tip'],
		['#e3e7fa', 'note'],
		['#fdd', 'danger'],
		['#eeeeee', 'note'],
	])('Intercom callout colour %s is a %s', (colour, type) => {
		expect(asideTypeFromColour(`background-color: ${colour};`)).toBe(type);
	});

	test('an iframe stays visible as a note with a link, and is reported', () => {
		const { markdown, notes } = convert('<p>Watch:</p><iframe src="https://www.youtube.com/embed/x1"></iframe>');
		expect(markdown).toContain('<Aside type="caution" title="Import note">');
		expect(markdown).toContain('[Open it](https://www.youtube.com/embed/x1)');
		expect(notes).toEqual([
			{ level: 'review', message: 'an embedded frame could not be converted (https://www.youtube.com/embed/x1)' },
		]);
	});

	test('forms, other frames and inline SVG are notes too; scripts and comments disappear', () => {
		const { markdown, notes } = convert(
			'<form><input type="text"></form><iframe src="https://forms.example.com/f/1"></iframe><svg><circle/></svg><script>alert(1)</script><!-- x -->',
		);
		expect(markdown.match(/Import note/g)).toHaveLength(3);
		expect(markdown).not.toContain('alert(1)');
		expect(notes.map((note) => note.level)).toEqual(['review', 'review', 'review', 'info']);
	});

	test('an icon whose meaning the words beside it carry is left out; one that stands for a word stays a note', () => {
		const { markdown, notes } = convert(
			[
				'<p><a href="https://help.example.com/settings"><span class="icon"><svg viewBox="0 0 24 24"><title>gear</title><path d="M0 0h8"/></svg></span> Settings</a></p>',
				'<p>Saved <svg aria-hidden="true" width="16" height="16"><path d="M0 0h8"/></svg> at once.</p>',
				'<p><a href="https://help.example.com/map"><svg width="640" height="480"><path d="M0 0h8"/></svg> The network</a></p>',
				'<p><a href="https://help.example.com/home"><svg viewBox="0 0 8 8"><path d="M0 0h8"/></svg></a></p>',
			].join(''),
		);
		expect(markdown).toContain('[Settings](https://help.example.com/settings)');
		expect(markdown).toContain('Saved at once.');
		// A drawing in a link, and a link that is only its icon: a person looks at them.
		expect(markdown.match(/inline SVG drawing here/g)).toHaveLength(2);
		expect(notes).toContainEqual({ level: 'info', message: 'icons of the old site were left out' });
	});

	test('a video or recording becomes a link to its file, a known host’s player a link to the video’s page', () => {
		const { markdown, notes } = convert(
			[
				'<p>Watch first:</p><video controls><source src="/media/first%20steps.mp4" type="video/mp4"></video>',
				'<audio src="https://cdn.example.com/call.mp3" title="The onboarding call"></audio>',
				'<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" title="Verify a domain"></iframe>',
				'<iframe src="//player.vimeo.com/video/76979871"></iframe>',
				'<video src="javascript:alert(1)"></video>',
			].join(''),
		);
		expect(markdown).toContain('[Watch the video (first steps.mp4)](/media/first%20steps.mp4)');
		expect(markdown).toContain('[The onboarding call](https://cdn.example.com/call.mp3)');
		expect(markdown).toContain('[Verify a domain](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
		expect(markdown).toContain('[Watch the video on Vimeo](https://vimeo.com/76979871)');
		// An address no link may keep stays a note, for a person to look at.
		expect(markdown).not.toContain('javascript:');
		expect(markdown.match(/Import note/g)).toHaveLength(1);
		expect(notes.filter((note) => note.level === 'review')).toHaveLength(1);
	});

	test('text that would read as Markdown or JSX is escaped; unsafe links keep only their words', () => {
		const { markdown } = convert(
			'<p>Use {braces}, &lt;tags&gt; and *stars* <a href="javascript:alert(1)">here</a>.</p>',
		);
		expect(markdown).toBe('Use \\{braces}, \\<tags> and \\*stars\\* here.\n');
	});

	test('relative links and images resolve against the old address before the import decides', () => {
		const seen: string[] = [];
		const result = convert(
			'<p><a href="/hc/en-us/articles/2#h_1">two</a> <img src="/hc/article_attachments/9/x.png" alt="x"></p>',
			{
				link: (href) => {
					seen.push(href);
					return { kind: 'rewritten', href: '/articles/two/#step' };
				},
			},
		);
		expect(seen).toEqual(['https://acme.zendesk.com/hc/en-us/articles/2#h_1']);
		expect(result.images).toEqual(['https://acme.zendesk.com/hc/article_attachments/9/x.png']);
		expect(result.markdown).toContain('[two](/articles/two/#step)');
	});

	test('an image that links to its own full-size copy is just the image', () => {
		const { markdown, images } = convert(
			'<a href="https://cdn.test/a.png"><img src="https://cdn.test/a.png" alt="A"></a>',
		);
		expect(markdown).toBe('![A](https://cdn.test/a.png)\n');
		expect(images).toEqual(['https://cdn.test/a.png']);
	});

	test('a link with no words and no picture goes, its neighbours kept: the page would hold an empty, nameless link', () => {
		const { markdown, notes } = convert(
			'<p><a href="https://tallyhq.test/privacy" target="_blank"></a><a href="https://tallyhq.test/export">Exports</a> are <a href="https://tallyhq.test/keys"> <span></span></a>encrypted.</p><p><a href="https://tallyhq.test/app"><span><img src="https://cdn.test/logo.png" alt="Open the app"></span></a></p>',
		);
		// The link after an empty one is read as any other.
		expect(markdown).toBe(
			'[Exports](https://tallyhq.test/export) are encrypted.\n\n[![Open the app](https://cdn.test/logo.png)](https://tallyhq.test/app)\n',
		);
		expect(notes).toEqual([]);
	});

	test('the title heading goes, h1 sections move down a level, and source ids map to the new anchors and stay as anchors', () => {
		const result = convert(
			'<h1>Verify your domain</h1><p>Intro.</p><h1 id="h_01">Set up</h1><h2><a name="dkim"></a>DKIM record</h2><h1 id="set-up-1">Set up</h1>',
		);
		// An old id a link from outside may name stays before its heading; one that is the new anchor needs none.
		expect(result.markdown).toBe(
			'Intro.\n\n<a id="h_01" />\n\n## Set up\n\n<a id="dkim" />\n\n### DKIM record\n\n## Set up\n',
		);
		expect(Object.fromEntries(result.anchors)).toEqual({ h_01: 'set-up', dkim: 'dkim-record', 'set-up-1': 'set-up-1' });
		expect([...result.slugs]).toEqual(['set-up', 'dkim-record', 'set-up-1']);
	});

	test('blank paragraphs editors leave behind are dropped', () => {
		expect(convert('<p>One</p><p>&nbsp;</p><p> </p><p>Two</p>').markdown).toBe('One\n\nTwo\n');
	});

	test('an id other articles link to that is not a heading stays as an explicit anchor', () => {
		const result = convertArticle(htmlArticle('<p id="step-3">Step three.</p>'), {
			format: 'mdx',
			link: (href) => ({ kind: 'kept', href }),
			keepIds: new Set(['step-3']),
		});
		expect(stringifyBody(result.tree, 'mdx')).toBe('<a id="step-3" />\n\nStep three.\n');
	});

	test('an icon drawn inline in a sentence leaves its import note after the paragraph, where MDX allows it', () => {
		const { markdown } = convert('<p>Click <svg viewBox="0 0 8 8"><path d="M0 0h8"/></svg> to open the menu.</p>');
		expect(markdown).toBe(
			'Click to open the menu.\n\n<Aside type="caution" title="Import note">\n  The original article had an inline SVG drawing here; it was not imported.\n</Aside>\n',
		);
	});

	test('the description comes from the first paragraph, shortened at a word', () => {
		const long = `${'word '.repeat(60)}end.`;
		const { tree } = convert(`<h2>Heading</h2><p>${long}</p>`);
		const description = describeFromBody(tree) ?? '';
		expect(description.length).toBeLessThanOrEqual(200);
		expect(description.endsWith('word…')).toBe(true);
	});

	test('the description skips a first paragraph that is only a link or a picture', () => {
		const { tree } = convert(
			'<video src="tour.mp4"></video><p><a href="https://status.example.com">Status</a> <img src="badge.png" alt="Up"></p><p>Lenses narrow results to the sites you pick.</p>',
		);
		expect(describeFromBody(tree)).toBe('Lenses narrow results to the sites you pick.');
	});

	test('the description leaves out a closing sentence that only leads into a list', () => {
		const { tree } = convert(
			'<p>The license tab shows your current plan. Here you can:</p><ul><li>Renew it</li><li>Move it to another computer</li></ul>',
		);
		expect(describeFromBody(tree)).toBe('The license tab shows your current plan.');
	});

	test('a paragraph that is one sentence leading into steps stays, marked as going on', () => {
		const { tree } = convert('<p>To cancel your subscription:</p><ol><li>Open the account page.</li></ol>');
		expect(describeFromBody(tree)).toBe('To cancel your subscription…');
	});

	test('a bare lead-in of a few words is no description: the next paragraph is', () => {
		const { tree } = convert(
			'<p>See also:</p><ul><li><a href="/a">Accounts</a></li></ul><p>A transaction moves money from one account to another.</p>',
		);
		expect(describeFromBody(tree)).toBe('A transaction moves money from one account to another.');
		expect(describeFromBody(convert('<p>Related pages:</p><ul><li>Accounts</li></ul>').tree)).toBeUndefined();
	});

	test("a bold label over the article's contents (TABLE OF CONTENTS, In This Article) is no description: the prose after it is", () => {
		const { tree } = convert(
			'<p><strong>TABLE OF CONTENTS</strong></p><ul><li><a href="#overview">Overview</a></li></ul><h2 id="overview">Overview</h2><p>Rooms let you book a space with each appointment.</p>',
		);
		expect(describeFromBody(tree)).toBe('Rooms let you book a space with each appointment.');
		// A bold sentence that says something is still one.
		expect(
			describeFromBody(convert('<p><strong>Rooms let you book a space with each appointment.</strong></p>').tree),
		).toBe('Rooms let you book a space with each appointment.');
	});

	test('after a bare lead-in, a second lead-in is a step, not a description', () => {
		const { tree } = convert(
			'<p>First, do this:</p><pre><code>make install</code></pre><p>Then, in the settings file:</p><pre><code>key=1</code></pre>',
		);
		expect(describeFromBody(tree)).toBeUndefined();
	});

	test('a lead-in stays when the sentences before it are too short to describe the article alone', () => {
		const { tree } = convert(
			'<p>Sorry, this may happen. To fix it, run the following command:</p><pre><code>fix</code></pre>',
		);
		expect(describeFromBody(tree)).toBe('Sorry, this may happen. To fix it, run the following command…');
	});
});

describe('an HTML body with nothing in it', () => {
	test('words outside headings, a picture or a player are something; spaces, breaks, a heading alone and scripts are not', () => {
		for (const html of ['', '<p>&nbsp;</p><p><br></p>', '<h2>Coming soon</h2>', '<div><script>track()</script></div>'])
			expect(htmlHoldsNothing(html), html).toBe(true);
		for (const html of [
			'<p>Open Settings.</p>',
			'<p><img src="dns.png"></p>',
			'<iframe src="https://www.youtube.com/embed/x"></iframe>',
			'<table><tr><td>SPF</td></tr></table>',
			'<h2>Steps</h2><ol><li>Sign in</li></ol>',
		])
			expect(htmlHoldsNothing(html), html).toBe(false);
	});
});
