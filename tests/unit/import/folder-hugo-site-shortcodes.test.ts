import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderShortcodeTemplate } from '../../../src/import/convert/hugo-templates.ts';
import { hugoSiteShortcodes } from '../../../src/import/sources/hugo-site.ts';
import { temporaryDir } from '../temporary-dir.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Hugo site’s own shortcodes', () => {
	test('each is written as its template in layouts/shortcodes/ shows it; one that lists pages stays a note', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-site-shortcodes/content'),
		]);
		const body = articleBody(site.contentDir, 'set-up-the-desktop-app');
		// A banner whose words are a site param (`Params:` as the config writes it), read as Markdown.
		expect(body).toContain(
			'This page is about Lumen 1. For Lumen 2, [read the new guide](https://help.example.com/v2/).',
		);
		expect(body).toContain('## Install the app');
		// In a sentence, it stays in the sentence.
		expect(body).toContain('Download version 4.2.1 from the downloads page. Offline mode (since v3.1) keeps');
		// An argument is text, never markup.
		expect(body).toContain('## Sign in \\<script>alert(1)\\</script>');
		expect(body).toContain('### Notes\n\n- Your **single sign-on** address comes from your admin.');
		// The site's address (`.Site.BaseURL`) before a path, in raw HTML: a link to the imported page.
		expect(body).toContain('If you still use it, see [the classic editor](/articles/the-classic-editor/).');
		// The importer's own reading of `note` comes before the site's template of it.
		expect(body).toContain('<Aside type="note">\n  Keep the app open while it syncs.\n</Aside>');
		expect(body).toContain('The original page used a `{{< latest_pages >}}` here; it was not imported.');
		expect(body).toContain('The original page used a `{{<legacynotice_missing>}}` here; it was not imported.');
		expect(body).toContain('```\n{{< section_heading "Kept in code" >}}\n```');
		expect(articleBody(site.contentDir, 'the-classic-editor')).toContain('This page is about the classic editor.');
		expect(stdout).toContain("the site's {{< section_heading >}} was written as its template shows it (2 times)");
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a template reads its arguments, content and params with with, if, variables and filters', () => {
		const params = { params: { plan: 'Team', notice: '**Read** this' } };
		const render = (template: string, args: Record<string, string> = {}, inner?: string) =>
			renderShortcodeTemplate(template, { arguments: args, ...(inner === undefined ? {} : { inner }) }, params);
		expect(render('<b>{{ .Get 0 }}</b> {{ .Get "size" | default "small" | upper }}', { 0: 'Box' })).toEqual([
			'<b>Box</b> SMALL',
		]);
		expect(render('{{ $x := .Get "id" }}<a id="{{ $x | urlize }}">{{ $x }}</a>', { id: 'Log In & Out' })).toEqual([
			'<a id="log-in--out">Log In &#38; Out</a>',
		]);
		expect(render('{{ with .Get "title" }}<h3>{{ . }}</h3>{{ else }}<h3>Note</h3>{{ end }}')).toEqual([
			'<h3>Note</h3>',
		]);
		expect(render('{{- if eq (.Get "plan") .Site.Params.plan -}} yes {{- end -}}', { plan: 'team' })).toEqual([]);
		// A lone line of Markdown is inline HTML, as Hugo renders it; more is Markdown read as blocks.
		expect(render('<div>\n  {{ .Site.Params.notice | markdownify }}\n</div>')).toEqual([
			'<div>',
			'<strong>Read</strong> this',
			'</div>',
		]);
		expect(
			render('<a href="/x">{{ .Get "caption" | markdownify }}</a>', { caption: 'The *new* <b>editor</b>' }),
		).toEqual(['<a href="/x">The <em>new</em> editor</a>']);
		expect(render('<div>{{ .Get 0 | markdownify }}</div>', { 0: '- one\n- two' })).toEqual([
			'<div>',
			'',
			'- one',
			'- two',
			'',
			'</div>',
		]);
		expect(render('<aside>{{ .Inner }}</aside>', {}, '- one\n- two')).toEqual([
			'<aside>',
			'',
			'- one',
			'- two',
			'',
			'</aside>',
		]);
		// What a plain template does not do: pages, partials, data files, a loop.
		expect(render('{{ range .Site.RegularPages }}{{ .Title }}{{ end }}')).toBeUndefined();
		expect(render('{{ partial "card.html" . }}')).toBeUndefined();
		expect(render('{{ index .Site.Data.versions "latest" }}')).toBeUndefined();
		expect(render('{{ if .Get 0 }}unclosed')).toBeUndefined();
	});

	test('the templates are the site’s, then its themes’; params come from a TOML configuration too', () => {
		const root = temporaryDir('hugo-site');
		mkdirSync(path.join(root, 'layouts', 'shortcodes'), { recursive: true });
		mkdirSync(path.join(root, 'themes', 'docs', 'layouts', 'shortcodes'), { recursive: true });
		mkdirSync(path.join(root, 'content'));
		writeFileSync(path.join(root, 'layouts', 'shortcodes', 'plan.html'), 'site');
		writeFileSync(path.join(root, 'themes', 'docs', 'layouts', 'shortcodes', 'plan.html'), 'theme');
		writeFileSync(path.join(root, 'themes', 'docs', 'layouts', 'shortcodes', 'badge2.html'), 'theme');
		writeFileSync(
			path.join(root, 'hugo.toml'),
			'baseURL = "https://help.example.com/"\ntitle = "Help"\n\n[params]\n  support_email = "help@example.com"\n  beta = true\n\n[menu]\n  x = "y"\n',
		);
		const site = hugoSiteShortcodes(path.join(root, 'content'));
		expect(site?.templates.get('plan')).toBe('site');
		expect(site?.templates.get('badge2')).toBe('theme');
		expect(site?.params).toEqual({ support_email: 'help@example.com', beta: true });
		expect(site?.baseURL).toBe('https://help.example.com/');
		expect(hugoSiteShortcodes(temporaryDir('no-site'))).toBeUndefined();
	});
});
