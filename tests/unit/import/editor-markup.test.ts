import { describe, expect, test } from 'vitest';
import { convertHtml } from './helpers.ts';

describe('what help-center editors write', () => {
	test('headings and paragraphs inside table cells stay in their cells, a line each', () => {
		const { markdown } = convertHtml(`
			<div class="intercom-interblocks-table-container"><table role="presentation"><tbody>
			<tr><td><h3 id="h_01"><b>Plan</b></h3></td><td><h3>Seats</h3></td></tr>
			<tr><td><p>Team </p><p>(billed yearly) </p></td><td><div>5</div><div>then 2 per add-on</div></td></tr>
			</tbody></table></div>`);
		expect(markdown).toBe(
			[
				'| **Plan**                  | **Seats**                |',
				'| ------------------------- | ------------------------ |',
				'| Team<br />(billed yearly) | 5<br />then 2 per add-on |',
				'',
			].join('\n'),
		);
	});

	test('a line break an editor leaves at either end of a cell (Froala ends cells with one) goes; one between lines stays', () => {
		const { markdown } = convertHtml(
			'<table><tbody><tr><td>Plan<br></td><td><br>Seats</td></tr><tr><td>Team<br><br></td><td>5<br>then 2 per add-on<br></td></tr></tbody></table>',
		);
		expect(markdown).toBe(
			[
				'| Plan | Seats                    |',
				'| ---- | ------------------------ |',
				'| Team | 5<br />then 2 per add-on |',
				'',
			].join('\n'),
		);
	});

	test('a heading in a cell that a link leads to keeps its id there, inline', () => {
		const html = '<table><tr><td><h3 id="h_pdf">PDF</h3></td><td>Files</td></tr><tr><td>a</td><td>b</td></tr></table>';
		expect(convertHtml(html, { keepIds: ['h_pdf'] }).markdown).toContain('| <a id="h_pdf" />**PDF** | Files |');
		expect(convertHtml(html, { keepIds: ['h_pdf'], format: 'md' }).markdown).toContain(
			'| <a id="h_pdf"></a>**PDF** | Files |',
		);
	});

	test('an id from the source cannot break out of the anchor it becomes', () => {
		const id = 'x" onmouseover="alert(1)';
		const html = `<table><tr><td><h3 id='${id}'>PDF</h3></td><td>F</td></tr><tr><td>a</td><td>b</td></tr></table>`;
		expect(convertHtml(html, { keepIds: [id] }).markdown).toContain(`<a id='x" onmouseover="alert(1)' />`);
		expect(convertHtml(html, { keepIds: [id], format: 'md' }).markdown).toContain('<a id="xonmouseoveralert1"></a>');
	});

	test('a cell keeps the untrusted words it holds escaped, pipes and braces included', () => {
		const { markdown } = convertHtml(
			'<table><tr><td><h4>A | B</h4></td><td>x</td></tr><tr><td><p>{props}</p><p>&lt;Aside&gt;</p></td><td>y</td></tr></table>',
		);
		expect(markdown).toContain('| **A \\| B**');
		expect(markdown).toContain('\\{props}<br />\\<Aside>');
		expect(markdown).not.toMatch(/^#/m);
	});

	test('a one-column table is layout: its headings, lists and paragraphs stay as they were', () => {
		const { markdown } = convertHtml(`
			<table style="border: 1px solid #ccc"><tbody>
			<tr><td><h2>Before you start</h2><ul><li>An admin account</li><li>DNS access</li></ul></td></tr>
			<tr><td><p>Then open <b>Domains</b>.</p></td></tr>
			</tbody></table>`);
		expect(markdown).toBe('## Before you start\n\n- An admin account\n- DNS access\n\nThen open **Domains**.\n');
	});

	test('a list the editor put beside its item becomes that item’s sub-list', () => {
		const { markdown } = convertHtml(
			'<ol><li>Open Settings</li><ol><li>Choose Domains</li><li>Add one</li></ol><li>Save</li></ol><ul><ul><li>Orphan</li></ul><li>Last</li></ul>',
		);
		expect(markdown).toBe('1. Open Settings\n   1. Choose Domains\n   2. Add one\n2. Save\n\n- - Orphan\n- Last\n');
	});

	test('code typed one line per <code> becomes one code block, its text verbatim', () => {
		const { markdown } = convertHtml(
			'<p><code>dig TXT example.com</code><br><code>&lt;script&gt;{x}&lt;/script&gt;</code><br>\n<code>```</code></p><p>Then <code>wait</code><br><code>retry</code> here.</p>',
		);
		expect(markdown).toBe(
			'````\ndig TXT example.com\n<script>{x}</script>\n```\n````\n\nThen `wait`\\\n`retry` here.\n',
		);
	});

	test('an empty heading goes, and a heading holding only a picture becomes the picture', () => {
		const { markdown } = convertHtml(
			'<h2>&nbsp;</h2><h2></h2><p>Intro</p><h3><img src="https://acme.zendesk.com/x.png" alt="Domains page"></h3><h3>Next</h3>',
		);
		expect(markdown).toBe('Intro\n\n![Domains page](https://acme.zendesk.com/x.png)\n\n## Next\n');
	});

	test('superscripts and subscripts keep their place, their words escaped', () => {
		const html = '<p>Until 2025<sup>1</sup>, H<sub>2</sub>O and x<sup>{n} &lt;b&gt;</sup>; <sup> </sup>end</p>';
		expect(convertHtml(html).markdown).toBe(
			'Until 2025<sup>1</sup>, H<sub>2</sub>O and x<sup>\\{n} \\<b></sup>; end\n',
		);
		expect(convertHtml(html, { format: 'md' }).markdown).toBe(
			'Until 2025<sup>1</sup>, H<sub>2</sub>O and x<sup>{n} \\<b></sup>; end\n',
		);
	});

	test('marked words stay marked, as the editor showed them highlighted', () => {
		const html = '<p>Renew <mark>before the 1st</mark> of the month.</p>';
		expect(convertHtml(html).markdown).toBe('Renew <mark>before the 1st</mark> of the month.\n');
		expect(convertHtml(html, { format: 'md' }).markdown).toBe('Renew <mark>before the 1st</mark> of the month.\n');
	});

	test('the space an editor left inside bold or italics goes outside it, so nothing is escaped', () => {
		const { markdown } = convertHtml(
			'<p><strong>Note:&nbsp;</strong>Read this. <i>Name </i>- <i>Default</i>, <b>&#8203;<em>Docs</em></b> and <b> </b>*{x}*</p>',
		);
		expect(markdown).toBe('**Note:** Read this. _Name_ - _Default_, **_Docs_** and \\*\\{x}\\*\n');
		expect(markdown).not.toContain('&#x');
	});

	test('the space an editor left inside a link goes outside it, and a link of only spaces goes', () => {
		const { markdown } = convertHtml(
			'<p>Visit the<a href="https://store.example"> gear store</a> or<a href="https://help.example">&nbsp;help </a>now.<a href="https://x.example"> </a>Done.</p>',
		);
		expect(markdown).toBe('Visit the [gear store](https://store.example) or [help](https://help.example) now. Done.\n');
	});

	test('weight and slant given as a style count as bold and italics; a bold tag styled normal is not bold', () => {
		const { markdown } = convertHtml(
			'<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Save</span> then <span style="font-style: italic">wait</span> for <span style="font-weight: 400">{the} mail</span>.</p></b>',
		);
		expect(markdown).toBe('**Save** then _wait_ for \\{the} mail.\n');
	});

	test('a named anchor at the start of a paragraph stays above its words, where links to it land', () => {
		const html = '<p><a name="step-2"></a>Step 2: open {Domains}.</p><p>More <a name="later"></a>text.</p>';
		expect(convertHtml(html, { keepIds: ['step-2', 'later'] }).markdown).toBe(
			'<a id="step-2" />\n\nStep 2: open \\{Domains}.\n\nMore text.\n\n<a id="later" />\n',
		);
	});

	test('a theme box whose modifier names its kind is a callout (Bootstrap panels, Bulma notifications)', () => {
		const { markdown } = convertHtml(
			'<div class="panel panel-warning"><p>Keys expire after {90} days.</p></div><div class="notification is-danger"><p>Deleting is final.</p></div><div class="card card-body"><p>Plain.</p></div>',
		);
		expect(markdown).toBe(
			'<Aside type="caution">\n  Keys expire after \\{90} days.\n</Aside>\n\n<Aside type="danger">\n  Deleting is final.\n</Aside>\n\nPlain.\n',
		);
	});

	test('two line breaks in a row start a new paragraph; one stays a line break', () => {
		const { markdown } = convertHtml(
			'<p>Open {Settings}.<br>\n<br>\nThen <b>Save</b>.<br>Done.<br><br><br></p><ul><li>One<br><br>Two</li></ul>',
		);
		expect(markdown).toBe('Open \\{Settings}.\n\nThen **Save**.\\\nDone.\n\n- One\n\n  Two\n');
	});

	test('a heading bold from end to end is just a heading; one bold in part keeps its bold words', () => {
		const { markdown } = convertHtml(
			'<h2><strong>Overview</strong></h2><h3><b>Step</b> <b>{1}</b></h3><h3>1. <strong>Upload</strong></h3>',
		);
		expect(markdown).toBe('## Overview\n\n### Step \\{1}\n\n### 1. **Upload**\n');
	});
});
