import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Hugo’s own {{< param >}} shortcode', () => {
	test('it shows the page’s param, else the site’s, in sentences, link addresses and code', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-params/content/en')]);
		const body = articleBody(site.contentDir, 'install-the-command-line-tool');
		// The site's params, nested and read in any letter case, and the page's front matter, its `params:` block too.
		expect(body).toContain('The current release is v4.12.0, and it needs 120 MB of disk.');
		expect(body).toContain('[notes for this release](https://github.com/ferrytale/cli/releases/tag/v4.12.0)');
		expect(body).toContain('Run it from bash_or_zsh.');
		// In code, as Hugo fills it in there too; a value with markup stays escaped outside code, and written in it.
		expect(body).toContain('curl -LO https://downloads.ferrytale.example/v4.12.0/ferry.tar.gz');
		expect(body).toContain('npm install @ferrytale/agent@2.3.1');
		expect(body).toContain('echo "{{< param support_hours >}}"');
		expect(body).toContain('Support answers Monday to \\*Friday\\*.');
		// A list, or a param no one set, is no value to show: it stays for review.
		expect(stdout).toContain('{{< param channels >}} was not converted');
		expect(stdout).toContain('{{< param releases.missing >}} was not converted');
		expect(stdout).not.toContain('param releases.cli');
		expect(body).toContain('`{{< param releases.cli >}}`');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
