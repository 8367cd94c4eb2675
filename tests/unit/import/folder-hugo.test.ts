import { readFileSync } from 'node:fs';
import path from 'node:path';
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

/** The fixture imported into an empty site (each test gets its own: temporary folders go after each test). */
async function imported() {
	const site = emptySite(defaultsMap);
	const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo/content')]);
	return { site, stdout };
}

describe('folder import: a Hugo content folder (Docsy, Hextra, Hugo Book shortcodes)', () => {
	test('_index.md is its folder’s page, a translation beside a page is skipped, and check passes', async () => {
		const { site, stdout } = await imported();
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 1');
		expect(stdout).toContain('docs/_index.fr.md: a translation (fr) of docs/_index.md; the import brings one language');
		expect(stdout).toContain('help-for-the-quay-kiosk.mdx ← folder:docs\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('ref and relref links lead to the imported articles, even when written with {{% %}}', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'help-for-the-quay-kiosk')).toBe(
			'Start with [setting up the kiosk](/articles/set-up-the-kiosk/) or read about [the refund rules](/articles/refunds/#partial-refunds).\n',
		);
		// An alias is an old address of its page: links to it lead there, and it becomes a redirect.
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toContain(
			'Money back? See [returns](/articles/refunds/) and the [guide](/articles/refunds/).',
		);
		// An address whose percent-encoding is broken is no file: the import goes on, its words stay.
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toContain('Ask in the 50% off thread.');
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /billing/money-back\n    to: folder:docs/billing/refunds');
		expect(redirects).toContain('- from: /docs/billing/returns\n    to: folder:docs/billing/refunds');
	});

	test('alerts and notices become asides, tabs sections, a figure its picture and caption, a video or player a link', async () => {
		const { site, stdout } = await imported();
		const body = articleBody(site.contentDir, 'refunds');
		expect(body).toContain(
			'<Aside type="caution" title="Card payments only">\n  Cash sales are refunded at the till.\n</Aside>\n\n<Aside type="tip" title="Quicker">\n  Scan the receipt instead of typing its number.\n</Aside>',
		);
		// An icon taken out of a sentence leaves one space.
		expect(body).toContain('Open **Sales** and pick the lines to refund.');
		expect(body).toContain('### Kiosk\n\nTap **Refund**.\n\n### Web\n\nClick **Refund** in the order.');
		expect(body).toContain('![A receipt](./refunds/receipt.png)\n\n_The receipt number is at the top._');
		expect(body).toContain('[https://www.youtube.com/watch?v=abc123](https://www.youtube.com/watch?v=abc123)\n');
		// A theme's video shortcode is a link to its file, named by its title.
		expect(body).toContain('[A refund, start to finish](/media/refund-tour.mp4)');
		// A shortcode nothing here renders stays an import note; one written out in code stays as readers saw it.
		expect(stdout).toContain('{{< countdown days="3" >}} was not converted');
		expect(body).toContain('```go-html-template\n{{< alert >}}Shown, not used.{{< /alert >}}\n```');
	});

	test('details become a fold, a code tab its code block, a card over several lines a link, a Docsy card its header, content and footer, a file tree a nested list', async () => {
		const { site } = await imported();
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toContain(
			'<details>\n  <summary>What is in the box?</summary>\n\n  The kiosk, a stand and a card reader.\n</details>\n\n## Shell\n\n```sh\nkiosk pair --reader 1\n```\n\n[Spare parts](https://parts.example.com/quay)\n\n**Stand**\n\nClamp it to the counter.\n\nFits counters up to 4 cm thick.\n\n- config/\n  - kiosk.toml\n',
		);
	});
});

describe('folder import: a Hugo site that names itself in every title and sets each page’s address', () => {
	const folder = importFixture('folder-hugo-site-name/knowledgebase');

	test('titles lose the site’s name, and empty section pages are skipped with the reason', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', folder, '--base-path', '/knowledgebase']);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 2');
		expect(stdout).toContain(
			'billing/_index.md: a section page with nothing but its heading (the old site listed the section',
		);
		const titles = ['how-do-i-refund-a-sale', 'set-up-the-kiosk', 'card-reader-pairing'].map(
			(slug) => /^title: (.*)$/m.exec(articleFrontmatter(site.contentDir, slug))?.[1],
		);
		expect(titles).toEqual(['How do I refund a sale?', 'Set up the kiosk', 'Card reader - Pairing']);
		// The heading that repeated the title goes with it, as for any page.
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toMatch(/^Clamp the stand/);
		expect(stdout).toContain('title: the site\'s name "- Quay Help" left off');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a page’s url and aliases, written from the site’s root, are not put under the base path twice', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', folder, '--base-path', '/knowledgebase']);
		const redirects = readFileSync(path.join(site.contentDir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('- from: /knowledgebase/billing/how-do-i-refund-a-sale\n');
		expect(redirects).toContain('- from: /knowledgebase/billing/money-back\n');
		expect(redirects).not.toContain('/knowledgebase/knowledgebase');
		// So links between the pages, written as the site served them, lead to the articles.
		expect(articleBody(site.contentDir, 'how-do-i-refund-a-sale')).toContain(
			'[setting up again](/articles/set-up-the-kiosk/)',
		);
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toContain(
			'[How do I refund a sale?](/articles/how-do-i-refund-a-sale/)',
		);
	});

	test('links to the site’s other pages lose their target without --old-site-url, and the report says how to keep them', async () => {
		const site = emptySite(defaultsMap);
		const without = await runImport(site, ['--from', 'folder', folder, '--base-path', '/knowledgebase']);
		expect(articleBody(site.contentDir, 'set-up-the-kiosk')).toContain('Prices are on the pricing page.');
		expect(without.stdout).toContain(
			'1 link leads to pages of the old site that the folder does not hold (/pricing/) and kept only its words: run the import again with --old-site-url',
		);
		const other = emptySite(defaultsMap);
		const withSite = await runImport(other, [
			'--from',
			'folder',
			folder,
			'--old-site-url',
			'https://help.quay.example/knowledgebase',
		]);
		expect(articleBody(other.contentDir, 'set-up-the-kiosk')).toContain(
			'[the pricing page](https://help.quay.example/pricing/)',
		);
		expect(withSite.stdout).not.toContain('--old-site-url <');
	});
});
