import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { issueText } from '../../../src/authoring/check/report.ts';
import { checkContent } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { zendeskOldPaths } from '../../../src/import/sources/zendesk.ts';
import { loadRedirects, mergeRedirects } from '../../../src/redirects/file.ts';
import { composeRedirectsFile, type RedirectGroup } from '../../../src/redirects/host-file.ts';
import {
	encodeOldPath,
	normalizeOldPath,
	redirectFilePath,
	redirectPageHtml,
	redirectPagePath,
} from '../../../src/redirects/old-path.ts';
import { temporaryDir } from '../authoring/helpers.ts';
import { checkErrors, emptySite } from '../import/helpers.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/redirects', name);

describe('old addresses with spaces and other characters a URL encodes', () => {
	test('redirects.yaml takes them literal or percent-encoded and holds each in the encoded form a browser requests', () => {
		expect(loadRedirects(fixture('spaces')).map((entry) => entry.from)).toEqual([
			'/Getting%20started/Create%20a%20vault',
			'/Getting%20started/Sync%20your%20notes',
			'/R%C3%A9glages/Th%C3%A8me%20sombre',
			'/hc/fr/articles/2-V%C3%A9rifier',
			"/Bases/Don't%20%231%20tip",
			'/hc/en-us/articles/360001234-Verify-your-domain',
			'/old/verify/',
		]);
	});

	test('what a static host cannot match is refused, each with its file, line, field, expected and received', () => {
		const file = 'tests/fixtures/redirects/refused/redirects.yaml';
		const refused =
			'expected a path without a query (?), #anchor, *, : or control character (percent-encode those the old address holds: %3F, %23, %2A, %3A)';
		expect(() => loadRedirects(fixture('refused'))).toThrow(
			[
				`${file}:3: **redirects.0.from**: ${refused}, received "/Getting started/Create a vault?version=2"`,
				`${file}:5: **redirects.1.from**: ${refused}, received "/Getting started#Create a vault"`,
				`${file}:7: **redirects.2.from**: ${refused}, received "/Getting started/*"`,
				`${file}:9: **redirects.3.from**: ${refused}, received "/notes/:title"`,
				`${file}:11: **redirects.4.from**: expected a path other than "/" without "..", received "/Getting started/../Create a vault"`,
				`${file}:13: **redirects.5.from**: expected a path outside the help center's own pages (/runbooks/, /categories/, /areas/, /insights/, /search/, /pagefind/, /_astro/), received "/runbooks/create a vault"`,
				`${file}:15: **redirects.6.from**: expected a path on the old site, starting with "/", received "Getting started/Create a vault"`,
				`${file}:17: **redirects.7.from**: ${refused}, received "/Getting started\\tCreate a vault"`,
				`${file}:19: **redirects.8.from**: expected a path other than "/" without "..", received "/notes/%2e%2e/settings"`,
			].join('\n'),
		);
	});

	test('the encoded form is one per address, and a file name becomes it with every % a character', () => {
		expect(normalizeOldPath('/Getting started/Create a vault')).toBe('/Getting%20started/Create%20a%20vault');
		expect(normalizeOldPath('/Getting%20started/Create%20a%20vault')).toBe('/Getting%20started/Create%20a%20vault');
		expect(normalizeOldPath('/caf%c3%a9/%41%2F%25')).toBe('/caf%C3%A9/A%2F%25');
		expect(normalizeOldPath('/Rename views & filters (beta)')).toBe('/Rename%20views%20&%20filters%20(beta)');
		expect(normalizeOldPath('/100% done')).toBe('/100%25%20done');
		expect(encodeOldPath('/Bases/Sort: the "Name" column')).toBe('/Bases/Sort%3A%20the%20%22Name%22%20column');
		expect(encodeOldPath("/Bases/Don't #1 tip?")).toBe("/Bases/Don't%20%231%20tip%3F");
		expect(encodeOldPath('/Notes/a%20b')).toBe('/Notes/a%2520b');
	});

	test('a redirect page is named as a host looks it up: decoded, where a file of that name can stand', () => {
		expect(redirectPagePath('/Getting%20started/Create%20a%20vault')).toBe('/Getting started/Create a vault');
		expect(redirectPagePath('/hc/fr/articles/2-V%C3%A9rifier')).toBe('/hc/fr/articles/2-Vérifier');
		expect(redirectPagePath('/Bases/Sort%3A%20the%20%22Name%22%20column')).toBe('/Bases/Sort: the "Name" column');
		expect(redirectPagePath('/hc/en-us/articles/1-Verify')).toBe('/hc/en-us/articles/1-Verify');
		// Left to the build's own pages: a `%`, `#`, `?` or `/` once decoded, an Astro parameter, a file's address, no UTF-8.
		for (const from of ['/100%25', '/a%231', '/a%3Fb', '/a%2Fb', '/notes/[id]', '/docs/v2.0/setup', '/a%FF'])
			expect(redirectPagePath(from), from).toBeUndefined();
	});

	test('the addresses Astro cannot name get a page of the build’s own, where a host looks them up', () => {
		// An old site's `.html` address is that file; any other is a folder's index page.
		expect(redirectFilePath('/docs/setup.html')).toBe('docs/setup.html');
		expect(redirectFilePath('/guide/Install.HTM')).toBe('guide/Install.HTM');
		expect(redirectFilePath('/docs/v2.0/setup')).toBe('docs/v2.0/setup/index.html');
		expect(redirectFilePath('/docs/v2.0/setup/')).toBe('docs/v2.0/setup/index.html');
		expect(redirectFilePath('/kb/article.php')).toBe('kb/article.php/index.html');
		expect(redirectFilePath('/notes/[id]')).toBe('notes/[id]/index.html');
		expect(redirectFilePath("/Bases/Don't%20%231%20tip%3F")).toBe("Bases/Don't #1 tip?/index.html");
		expect(redirectFilePath('/100%25%20done')).toBe('100% done/index.html');
		// No file can answer: it would name another folder, or holds what no file name can.
		for (const from of [
			'/a/%2E%2E/b',
			'/a/./b',
			'/..',
			'/a%2Fb',
			'/a%5Cb',
			'/a%0Ab',
			'/a%FF',
			'/a//b',
			'/',
			'docs/a.html',
		])
			expect(redirectFilePath(from), from).toBeUndefined();
	});

	test('the build’s own redirect page leads on like Astro’s, and the old address cannot become markup', () => {
		const html = redirectPageHtml({
			from: '/docs/<script>alert(1)</script>.html',
			to: '/articles/verify-domain/',
			site: 'https://help.example.com',
		});
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/articles/verify-domain/">');
		expect(html).toContain('<link rel="canonical" href="https://help.example.com/articles/verify-domain/">');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('<code>/docs/&#60;script&#62;alert(1)&#60;/script&#62;.html</code>');
		expect(html).not.toContain('alert(1)</script>');
		expect(redirectPageHtml({ from: '/a.html', to: '/articles/a/' })).not.toContain('canonical');
	});

	test('the redirect page hands on the #section of the address asked for, as a 301 does', () => {
		const html = redirectPageHtml({ from: '/hc/en-us/articles/360001001', to: '/articles/verify-domain/' });
		// The one script: it runs before the refresh, which would drop the `#h_01HRECORDS` a macro links.
		expect(html.match(/<script>[^<]*<\/script>/g)).toEqual([
			'<script>location.replace("/articles/verify-domain/"+location.hash)</script>',
		]);
		expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('http-equiv="refresh"'));
		// A target that names its own section goes there, whatever the address asked for.
		expect(redirectPageHtml({ from: '/old', to: '/articles/a/#setup' })).not.toContain('<script>');
		// A target cannot end the script early.
		expect(redirectPageHtml({ from: '/old', to: '/articles/</script><b>/' })).toContain(
			'location.replace("/articles/\\u003c/script>\\u003cb>/"+location.hash)',
		);
	});

	test('_redirects writes each such address percent-encoded, one field, for every host', () => {
		const groups: RedirectGroup[] = [
			{
				comment: 'Old help-center addresses (content/redirects.yaml)',
				redirects: [
					{ from: '/Getting%20started/Create%20a%20vault', to: '/articles/create-a-vault/' },
					{ from: '/R%C3%A9glages/Th%C3%A8me%20sombre', to: '/articles/dark-theme/' },
					{ from: "/Bases/Don't%20%231%20tip", to: '/articles/dont-1-tip/' },
				],
			},
		];
		const body = [
			'/Getting%20started/Create%20a%20vault /articles/create-a-vault/',
			'/R%C3%A9glages/Th%C3%A8me%20sombre /articles/dark-theme/',
			"/Bases/Don't%20%231%20tip /articles/dont-1-tip/",
		];
		for (const [host, status] of [
			['netlify', '301!'],
			['cloudflare', '301'],
			['other', '301'],
		] as const) {
			expect(composeRedirectsFile({ groups, host }).text).toBe(
				['# Old help-center addresses (content/redirects.yaml)', ...body.map((line) => `${line} ${status}`), ''].join(
					'\n',
				),
			);
		}
		// A team's own rules take their addresses, the accent typed or encoded.
		const existing = '/Getting%20started/Create%20a%20vault /start/ 302\n/Réglages/Thème%20sombre /themes/ 302\n';
		expect(composeRedirectsFile({ groups, host: 'cloudflare', existing })).toMatchObject({ written: 1, shadowed: 2 });
	});

	test('a re-import adds no second entry for an address written by hand in the other form, and rewrites nothing', () => {
		const dir = temporaryDir('redirects-merge');
		cpSync(fixture('spaces'), dir, { recursive: true });
		const before = readFileSync(path.join(dir, 'redirects.yaml'), 'utf8');
		const again = mergeRedirects(
			dir,
			[
				{ from: '/Getting%20started/Sync%20your%20notes', to: 'sync-your-notes' },
				{ from: '/R%C3%A9glages/Th%C3%A8me%20sombre', to: 'dark-theme' },
				{ from: '/hc/fr/articles/2-V%C3%A9rifier', to: 'zendesk:2' },
			],
			{ dryRun: false },
		);
		expect(again).toEqual({ added: 0, retargeted: 0, conflicts: [] });
		expect(readFileSync(path.join(dir, 'redirects.yaml'), 'utf8')).toBe(before);

		const added = mergeRedirects(dir, [{ from: '/Getting%20started/Tags', to: 'tags' }], { dryRun: false });
		expect(added.added).toBe(1);
		const after = readFileSync(path.join(dir, 'redirects.yaml'), 'utf8');
		expect(after.startsWith(before.trimEnd())).toBe(true);
		expect(after.slice(before.trimEnd().length)).toBe('\n  - from: /Getting%20started/Tags\n    to: tags\n');
		expect(loadRedirects(dir).at(-1)).toEqual({ from: '/Getting%20started/Tags', to: 'tags', line: 21 });
	});

	test('a help center’s address with accents or a colon, as its API gives it, gets the same stored form', () => {
		const paths = zendeskOldPaths('https://acme.zendesk.com/hc/fr/articles/2-Vérifier:-le-domaine', '2', 'fr');
		expect(paths).toEqual(['/hc/fr/articles/2-V%C3%A9rifier:-le-domaine', '/hc/fr/articles/2']);
		expect(paths.map(normalizeOldPath)).toEqual(['/hc/fr/articles/2-V%C3%A9rifier%3A-le-domaine', '/hc/fr/articles/2']);
	});

	test('npm run check passes both written forms, and reports each refused entry at its line', () => {
		const site = emptySite();
		copyFileSync(path.join(fixture('refused'), 'redirects.yaml'), path.join(site.contentDir, 'redirects.yaml'));
		const issues = checkContent(loadContent(site.contentDir), { root: process.cwd(), today: new Date('2026-06-01') });
		expect(issues.map((issue) => `${issue.kind.id} ${issue.line}`)).toEqual(
			[3, 5, 7, 9, 11, 13, 15, 17, 19].map((line) => `redirect ${line}`),
		);
		expect(issues[0] && issueText(issues[0])).toBe(
			'redirects.0.from: expected a path without a query (?), #anchor, *, : or control character (percent-encode those the old address holds: %3F, %23, %2A, %3A), received "/Getting started/Create a vault?version=2"',
		);
		copyFileSync(path.join(fixture('spaces'), 'redirects.yaml'), path.join(site.contentDir, 'redirects.yaml'));
		// Each entry leads to an article, by slug or by source, as check requires.
		const targets = [
			['create-a-vault', 'folder:Getting%20started/Create%20a%20vault'],
			['sync-your-notes'],
			['dark-theme'],
			['verifier', 'zendesk:2'],
			['one-tip', "folder:Bases/Don't%20#1%20tip"],
			['verify-domain', 'zendesk:360001234'],
			['verify-your-domain'],
		];
		mkdirSync(path.join(site.contentDir, 'articles'));
		for (const [slug, source] of targets) {
			const frontmatter = [
				`title: Article ${slug}`,
				'description: An article the redirects lead to.',
				'category: usability',
				'productArea: domains',
				'updated: 2026-05-01',
				...(source ? [`source: "${source}"`] : []),
			];
			writeFileSync(
				path.join(site.contentDir, 'articles', `${slug}.md`),
				`---\n${frontmatter.join('\n')}\n---\n\nText.\n`,
			);
		}
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('mergeRedirects: targets naming an article by a source it no longer has', () => {
	test('take its new source, a #section kept, comments and other entries as they were; a dry run writes nothing', () => {
		const dir = temporaryDir('redirects-renamed');
		const text = [
			'# Kept by hand too.',
			'redirects:',
			'  - from: /docs/kiln/fire',
			'    to: folder:docs/kiln/fire',
			'  # the section moved here',
			'  - from: /firing-schedule',
			'    to: folder:docs/kiln/fire#schedule',
			'  - from: /docs/kiln/fire-old',
			'    to: fire-the-kiln',
			'  - from: /docs/kiln/firewood',
			'    to: folder:docs/kiln/firewood',
			'',
		].join('\n');
		writeFileSync(path.join(dir, 'redirects.yaml'), text);
		const renamed = new Map([['folder:docs/kiln/fire', 'folder:kiln/fire']]);
		const wanted = [{ from: '/docs/kiln/fire', to: 'folder:kiln/fire' }];

		expect(mergeRedirects(dir, wanted, { dryRun: true, renamed })).toEqual({ added: 0, retargeted: 2, conflicts: [] });
		expect(readFileSync(path.join(dir, 'redirects.yaml'), 'utf8')).toBe(text);

		expect(mergeRedirects(dir, wanted, { dryRun: false, renamed })).toEqual({ added: 0, retargeted: 2, conflicts: [] });
		expect(readFileSync(path.join(dir, 'redirects.yaml'), 'utf8')).toBe(
			text
				.replace('to: folder:docs/kiln/fire\n', 'to: folder:kiln/fire\n')
				.replace('to: folder:docs/kiln/fire#schedule', 'to: folder:kiln/fire#schedule'),
		);
	});
});
