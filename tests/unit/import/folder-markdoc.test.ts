import { describe, expect, test } from 'vitest';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	runImport,
} from './helpers.ts';

describe('folder import: a Markdoc site', () => {
	test('its .mdoc pages come over, their tags written as what they showed', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-markdoc/docs')]);
		expect(result.stdout).not.toContain('no Markdown');
		expect(articleFrontmatter(site.contentDir, 'connect-a-printer')).toContain(
			'description: Pair the office printer with your laptop.',
		);
		const body = articleBody(site.contentDir, 'connect-a-printer');
		expect(body).toContain(
			'<Aside type="caution" title="Before you start">\n  Unplug the printer for ten seconds first.\n</Aside>',
		);
		expect(body).toContain(
			'## Pair it\n\n### macOS\n\nOpen **System Settings** and choose **Printers**.\n\n### Windows',
		);
		// The heading's own id stays its anchor; no tag is left as text, but for the variable, shown as code.
		expect(body).toContain('<a id="sizes" />\n\n## Paper sizes');
		expect(
			body.replace('`{% $printer.name %}`', '').replace('`{% printer-status model="basic" /%}`', ''),
		).not.toContain('{%');
		expect(body).toContain('![The "Add printer" window](https://img.example.com/printer-pairing.png)');
		expect(body).toContain('| Size   | Width  |\n| ------ | ------ |\n| A4     | 210 mm |\n| Letter | 8.5 in |');
		expect(body).toContain('(https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
		// Partials are written in where they stood, the variables their tag gave filled in.
		expect(body).not.toContain('partial');
		expect(articleBody(site.contentDir, 'printer-help')).toContain(
			'## Still stuck?\n\nWrite to the office manager, and say which printer you tried.',
		);
		expect(result.stdout).toContain('written 2,');
		expect(body).toContain('## Load paper\n\nLoad paper into the lower tray with the printed side down.');
		expect(result.stdout).toContain(
			'guides/partials/_before-you-start.mdoc: a Markdoc partial, which the old site showed only inside the pages that include it (guides/connect.mdoc)',
		);
		expect(result.stdout).toContain(
			'shared/paper-tray.md: a Markdoc partial, which the old site showed only inside the pages that include it (guides/connect.mdoc)',
		);
		expect(result.stdout).not.toContain('$model');
		expect(result.stdout).not.toContain('$tray');
		expect(articleBody(site.contentDir, 'printer-help')).toContain(
			'[connecting the printer](/articles/connect-a-printer/#pair-it) and check the\n[paper sizes](/articles/connect-a-printer/#paper-sizes)',
		);
		// What the old site filled in or drew itself is for a person to look at, each once.
		expect(result.stdout).toContain('$printer.name');
		expect(result.stdout).toContain('{% printer-status model="basic" /%} was not converted');
		expect(result.stdout).not.toContain('embedCode');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
