import { describe, expect, test } from 'vitest';
import { renderShortcodeTemplate } from '../../../src/import/convert/hugo-templates.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Hugo site whose shortcodes close with a shortcode of their own, as sites moved from GitBook write them', () => {
	test('{{< tab >}} … {{< endtab >}} holds what is between, typed arguments, data files and refs by file name read as Hugo reads them', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-hugo-closing-shortcodes/content'),
		]);
		const body = articleBody(site.contentDir, 'api-keys');
		// `relref . "rate-limits"`: a ref of a bare file name is the one page of that name, as Hugo looks it up.
		expect(body).toContain('See [how often a key may call](/articles/rate-limits/).');
		// A heading whose words sit in blocks of their own (`<h2><div>post</div><span>Create a key</span></h2>`)
		// showed them apart: they stay apart by a space.
		expect(body).toContain('\n## post Create a key\n');
		// `required=false` is the boolean false, not the word "false": the field was optional.
		expect(body).toContain('`name` required\n\nWhat the key is called.');
		expect(body).toContain('`expires` optional\n\nWhen it stops working.');
		// `index .Site.Data.statuses (.Get "code" | string)` from data/statuses.toml; `gt` on the number.
		expect(body).toMatch(/^#+ 201: Created\n\nThe key was made\.$/m);
		expect(body).toMatch(/^#+ 404: Not Found\n\nNo such app\.$/m);
		// Tabs closed by {{< endtab >}} and {{< endtabs >}} hold their code, each under its title.
		expect(body).toContain(
			'### curl\n\n```sh\ncurl -X POST https://api.lantern.example/keys\n```\n\n### Ruby\n\n```ruby\nLantern::Key.create\n```',
		);
		// Link cards one under the other, each a block of its own on the old site, stay apart.
		expect(articleBody(site.contentDir, 'rate-limits')).toContain(
			'Need more? Ask us:\n\n[Plans](https://lantern.example/pricing)\n\n[Support](https://lantern.example/support)\n',
		);
		// `.Inner | markdownify`: the code block it holds stays one, indented as written, its caption under it.
		expect(articleBody(site.contentDir, 'rate-limits')).toContain(
			'```json\n{\n  "error": "Too many requests",\n  "retry_after": 30\n}\n```\n\n_A response over the limit_',
		);
		expect(articleBody(site.contentDir, 'rate-limits')).not.toContain('\u0000');
		expect(stdout).not.toContain('was not converted');
		expect(stdout).not.toContain('{{< endtab >}}');
		expect(stdout).toContain('2 content tabs became sections');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a closer pairs only with its own shortcode when it is open: {{< endpoint-spec >}} opens a shortcode of its own', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-closing-shortcodes/content')]);
		const body = articleBody(site.contentDir, 'api-keys');
		expect(body).not.toContain('endpoint');
		expect(body).not.toMatch(/<\/?div/);
	});

	test('unquoted arguments are numbers and booleans, quoted ones text; a data file a template does not find leaves it unread', () => {
		const data = { params: {}, data: { codes: { '200': 'OK' } } };
		const render = (template: string, args: Record<string, string | number | boolean>) =>
			renderShortcodeTemplate(template, { arguments: args }, data);
		expect(render('{{ if .Get "on" }}on{{ else }}off{{ end }}', { on: false })).toEqual(['off']);
		expect(render('{{ if .Get "on" }}on{{ else }}off{{ end }}', { on: 'false' })).toEqual(['on']);
		expect(render('{{ if gt (.Get 0) 399 }}error{{ else }}fine{{ end }}', { 0: 200 })).toEqual(['fine']);
		expect(render('{{ index .Site.Data.codes (.Get 0 | string) }}', { 0: 200 })).toEqual(['OK']);
		expect(render('{{ index .Site.Data.codes (.Get 0 | string) }}', { 0: 500 })).toBeUndefined();
		expect(render('{{ index .Site.Data.missing "x" }}', { 0: 500 })).toBeUndefined();
		// Content used otherwise than as Markdown is not read, rather than leaving the reader's markers in the page.
		expect(
			renderShortcodeTemplate('<b title="{{ .Inner }}">x</b>', { arguments: {}, inner: 'Hi' }, data),
		).toBeUndefined();
		expect(
			renderShortcodeTemplate('<b>{{ .Inner | upper }}</b>', { arguments: {}, inner: 'Hi' }, data),
		).toBeUndefined();
		// A value from a data file is text, never markup.
		expect(
			renderShortcodeTemplate(
				'<b>{{ index .Site.Data.codes "1" }}</b>',
				{ arguments: {} },
				{
					params: {},
					data: { codes: { '1': '<script>' } },
				},
			),
		).toEqual(['<b>&#60;script&#62;</b>']);
	});
});
