import { describe, expect, test } from 'vitest';
import { rstToMyst } from '../../../src/import/convert/rst.ts';
import type { ConversionNote } from '../../../src/import/convert/types.ts';

const convert = (text: string, options: Parameters<typeof rstToMyst>[1] = {}) => {
	const notes: ConversionNote[] = [];
	return { ...rstToMyst(text, options, notes), notes };
};

describe('reStructuredText as MyST Markdown', () => {
	test('title levels follow the order adornment styles first appear, as docutils ranks them; the first title is the page title', () => {
		const { markdown, title } = convert(
			'=====\nSetup\n=====\n\nIntro.\n\nFirst\n-----\n\nText.\n\nDeeper\n~~~~~~\n\nMore.\n\nSecond\n------\n',
		);
		expect(title).toBe('Setup');
		expect(markdown).toBe('# Setup\n\nIntro.\n\n## First\n\nText.\n\n### Deeper\n\nMore.\n\n## Second\n');
	});

	test('fields over the title are the page data: :description: becomes its description, :orphan: shows nothing', () => {
		const { markdown } = convert(':orphan:\n:description: Charge it: from a wall.\n\nCharge\n======\n\nText.\n');
		expect(markdown).toBe('---\ndescription: "Charge it: from a wall."\n---\n\n# Charge\n\nText.\n');
	});

	test('a picture or aside indented under a paragraph is shown as itself, not inside a quote', () => {
		const { markdown } = convert(
			'Open the menu.\n\n    .. image:: menu.png\n        :alt: The menu\n\nPlain quote:\n\n    Words only.\n',
		);
		expect(markdown).toContain('Open the menu.\n\n```{image} menu.png\n:alt: The menu\n```\n');
		expect(markdown).toContain('> Words only.');
	});

	test('a comment line right under a paragraph ends it and is dropped', () => {
		const { markdown } = convert('This spins up a DDEV instance.\n.. vale on\n\nNext.\n');
		expect(markdown).toBe('This spins up a DDEV instance.\n\nNext.\n');
	});

	test('with autosectionlabel each title is a label, unless the author labelled it; the label sits right on the heading', () => {
		const { markdown } = convert('.. _charging:\n\nCharge\n======\n\nSteps\n-----\n', { sectionLabels: 'title' });
		expect(markdown).toBe('(charging)=\n# Charge\n\n(Steps)=\n## Steps\n');
		expect(convert('Steps\n-----\n', { sectionLabels: 'document', file: 'guide/charge.rst' }).markdown).toBe(
			'(guide/charge:Steps)=\n# Steps\n',
		);
	});

	test('links written inline, by name, anonymously, and roles in MyST form', () => {
		const { markdown } = convert(
			'See `the docs <https://example.com/a_b>`_, `team`_, `forum`__ and :doc:`/setup`.\n\n.. _team: https://example.com/team\n.. __: https://forum.example.com\n',
		);
		expect(markdown).toBe(
			'See [the docs](<https://example.com/a_b>), [team](<https://example.com/team>), [forum](<https://forum.example.com>) and {doc}`/setup`.\n',
		);
	});

	test('substitutions come from the page and from rst_prolog; an unknown one is listed for review', () => {
		const { markdown, notes } = convert('Use |app| on |os|.\n', { prolog: '.. |app| replace:: **Lantern**\n' });
		expect(markdown).toBe('Use **Lantern** on \\|os\\|.\n');
		expect(notes.map((note) => note.message)).toEqual([
			'the substitution |os| is defined nowhere the import reads (the page, or rst_prolog and rst_epilog in conf.py); write its words',
		]);
	});

	test('a directive inside another takes a shorter fence, so both close where they should', () => {
		const { markdown } = convert('.. note::\n\n   .. code-block:: sh\n\n      run it\n');
		expect(markdown).toBe('````{note}\n```sh\nrun it\n```\n````\n');
	});
});

describe('reStructuredText roles and quotes of a site of its own', () => {
	test("a role of the site's own extension shows its words as text, listed for review", () => {
		const { markdown, notes } = convert(
			'Ask on the :xref:`Mautic Forums` or the :xref:`Knowledgebase`, run :command:`make` or :doc:`setup`.\n',
		);
		expect(markdown).toBe('Ask on the Mautic Forums or the Knowledgebase, run {command}`make` or {doc}`setup`.\n');
		expect(notes.map((note) => note.message)).toEqual([
			'the role :xref: comes from an extension of the old site; its words are kept, without what it did (a link or a format)',
		]);
	});

	test('a list indented under a paragraph is the list, not a quote of it', () => {
		expect(convert('Do this:\n\n    1. Back up.\n    2. Delete.\n').markdown).toBe(
			'Do this:\n\n1. Back up.\n2. Delete.\n',
		);
	});
});

describe('reStructuredText that docutils would refuse', () => {
	test('a unicode substitution past the last code point stays as written; an unclosed markup shows its characters', () => {
		const { markdown } = convert('Mark |x| and *open.\n\n.. |x| unicode:: U+110000 U+2122\n');
		expect(markdown).toBe('Mark U+110000™ and \\*open.\n');
	});
});

describe('roles a site declares', () => {
	test('a role declared on raw shows its HTML’s words (an icon nothing), one declared on another role is that role', () => {
		const prolog =
			'.. role:: raw-html(raw)\n   :format: html\n\n.. role:: py(code)\n\n.. |br| replace:: :raw-html:`<br />`\n';
		const { markdown, notes } = convert(
			'Version :raw-html:`<strong>0.15</strong>` |br| with :raw-html:`<span class="icon"><svg viewBox="0 0 24 24"><path d="M1 2"/></svg></span>` and :py:`x = 1`.\n',
			{ prolog },
		);
		expect(markdown).toBe('Version 0.15  with  and {code}`x = 1`.\n');
		expect(notes).toEqual([]);
	});
});
