import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pc from 'picocolors';
import { describe, expect, test } from 'vitest';
import { issueKinds } from '../../../src/authoring/check/kinds.ts';
import { formatIssue, githubAnnotations } from '../../../src/authoring/check/report.ts';
import type { Issue } from '../../../src/authoring/check/types.ts';
import { type CheckOptions, checkContent, runCheck } from '../../../src/authoring/check-command.ts';
import { loadContent } from '../../../src/content-model/content.ts';
import { ContentError, formatProblemPlain } from '../../../src/content-model/errors.ts';
import { isEmptyBody } from '../../../src/markdown/empty-body.ts';
import { copyFixture, fixture, runCommand } from './helpers.ts';

const today = new Date(2026, 10, 23);

function options(contentDir: string, extra: Partial<CheckOptions> = {}): Omit<CheckOptions, 'io'> {
	return { contentDir, root: contentDir, today, env: {}, ...extra };
}

describe('npm run check', () => {
	test('passes a clean content folder with exit code 0', async () => {
		const result = await runCommand((io) => runCheck([], { ...options(fixture('site')), io }));
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toMatch(/^No problems in 4 pages in \d+\.\d\d s\.$/);
	});

	test('a help center of one page says "1 page", not "1 pages"', async () => {
		// A team's first day: the demo cleared, one runbook kept.
		const dir = copyFixture('site');
		rmSync(path.join(dir, 'articles'), { recursive: true });
		const result = await runCommand((io) => runCheck([], { ...options(dir), io }));
		expect(result.stdout).toMatch(/^No problems in 1 page in \d+\.\d\d s\.$/);
		expect(result.exitCode).toBe(0);
	});

	test('reports every problem as file:line:column with a hint, then counts by kind, and exits 1', async () => {
		const result = await runCommand((io) => runCheck([], { ...options(fixture('problems')), io }));
		expect(result.exitCode).toBe(1);
		expect(
			result.stdout.replace(/in \d+\.\d\d s/, 'in <time>').replaceAll('tests/fixtures/authoring/problems/', ''),
		).toMatchInlineSnapshot(`
			"articles/bad-frontmatter.md:4:1 error category: expected one of reliability, usability, deliverability, success-outreach, received "relability" (did you mean "reliability"?)
			articles/empty-answer.md:8:1 error the page has nothing under its title (write the answer, or set draft: true until it is written)
			articles/half-written.mdx:3:1 error description: still the template text (write one or two sentences that answer the question)
			articles/half-written.mdx:9:1 error template note left in: "the short answer: the usual cause and its fix, in one or two sentences." (write that part, then delete the note)
			articles/links.mdx:9:1 error related.1: public article names an internal article, "domain-workaround", which customers cannot open (remove it from \`related\`, or link a public article instead)
			articles/links.mdx:10:1 error related.2: no article or runbook has the slug "verify-domian" (did you mean "verify-domain"?)
			articles/links.mdx:19:22 error /articles/verify-domian/ leads to no article (did you mean /articles/verify-domain/?)
			articles/links.mdx:19:62 error /articles/verify-domain/#add-record points at a heading that /articles/verify-domain/ does not have (did you mean #add-the-records?)
			articles/links.mdx:20:12 error #symptom points at a heading that /articles/links/ does not have (did you mean #symptoms?)
			articles/links.mdx:20:49 error /articles/triage/ leads to no article ("triage" is a runbook: link /runbooks/triage/)
			articles/links.mdx:20:83 error ./verify-domain.md leads to /articles/links/verify-domain.md, which is not a page (relative links resolve against this page's address, /articles/links/: link /articles/verify-domain/)
			articles/links.mdx:21:20 error /categories/relability/ leads to no category (did you mean /categories/reliability/?)
			articles/links.mdx:21:69 error https://help.fixture.test/articles/gone/ leads to no article
			articles/links.mdx:23:40 error public article links an internal article, "domain-workaround", which customers cannot open (link a public article instead, or make this article internal)
			articles/links.mdx:23:83 error public article links a runbook, "triage", which customers cannot open (link a public article instead, or make this article internal)
			articles/links.mdx:24:11 error public article links a draft, "upcoming-feature", which customers cannot open (link a public article instead, or make this article internal)
			articles/links.mdx:24:54 error public article links /insights/, which only the internal handbook has
			articles/links.mdx:34:60 error ./images/gone.png: no file at articles/images/gone.png (relative images are read from the folder of the page)
			articles/links.mdx:36:11 error /images/missing.svg: no file at public/images/missing.svg (root-relative images are served from the public/ folder)
			articles/links.mdx:38:10 error /articles/nowhere/ leads to no article
			articles/old-guide.md:6:1 warning updated: last reviewed 2025-01-10, 682 days ago (the limit is 180) (check the page still holds, fix what changed, then set updated to today)
			articles/verify-domain.md:2:1 error title: "Verify your sending domain" is also the title of articles/duplicate-title.md (give each page a title that says what sets it apart, or merge the two)

			21 errors, 1 warning in 9 pages in <time>:
			  2 frontmatter problems
			  6 broken links
			  2 links to a missing heading
			  2 missing images
			  5 public links to pages customers cannot open
			  1 duplicate title
			  1 page with nothing under the title
			  2 template texts left in
			  1 page past review age"
		`);
	});

	test('with files or folders named, reports only their problems (every page is still read for links)', async () => {
		const file = `${fixture('problems')}/articles/old-guide.md`;
		const result = await runCommand((io) => runCheck([file], { ...options(fixture('problems')), io }));
		expect(result.exitCode).toBe(0);
		expect(result.stdout.split('\n').filter((line) => line.includes(':6:1 '))).toEqual([
			`${file}:6:1 warning updated: last reviewed 2025-01-10, 682 days ago (the limit is 180) (check the page still holds, fix what changed, then set updated to today)`,
		]);
		const missing = await runCommand((io) =>
			runCheck(['content/articles/no-such-file.md'], { ...options(fixture('problems')), io }),
		);
		expect(missing.exitCode).toBe(2);
		expect(missing.stderr.split('\n')[0]).toBe('content/articles/no-such-file.md does not exist');
		// An option it does not have says what it takes, as a path that is not there does.
		const unknown = await runCommand((io) => runCheck(['--fix'], { ...options(fixture('problems')), io }));
		expect([unknown.exitCode, unknown.stderr]).toEqual([
			2,
			'unknown option --fix\nUsage: npm run check [-- <file or folder> ...]   (report only those; every page is still read for links)',
		]);
	});

	test('a page with invalid frontmatter is reported once, not again by every link to it', async () => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-02-30'));
		const result = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(result.exitCode).toBe(1);
		// webhook-retries names verify-domain in `related` and links it with an anchor.
		expect(result.stdout.split('\n').filter((line) => line.includes(' error '))).toEqual([
			'<dir>/articles/verify-domain.md:6:1 error updated: expected a date that exists, found "2026-02-30": February 2026 has 28 days',
		]);
	});

	test('warnings alone (a page past its review age) keep exit code 0', async () => {
		const dir = copyFixture('site');
		const result = await runCommand((io) => runCheck([], { ...options(dir, { today: new Date(2027, 6, 1) }), io }), {
			replace: dir,
		});
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain(
			'<dir>/articles/verify-domain.md:6:1 warning updated: last reviewed 2026-11-01, 242 days ago (the limit is 180)',
		);
	});

	test('the review age comes from insights.staleAfterDays in tryblock.yaml', () => {
		const content = loadContent(fixture('site'));
		content.config.insights.staleAfterDays = 30;
		const stale = checkContent(content, { root: fixture('site'), today }).map((issue) => issue.file);
		expect(stale).toEqual(
			[
				`${fixture('site')}/articles/nested/webhook-retries.mdx`,
				`${fixture('site')}/articles/domain-workaround.md`,
			].sort(),
		);
	});

	test('a taxonomy that cannot be read exits 2 with the file and line', async () => {
		const result = await runCommand((io) =>
			runCheck([], { ...options('tests/fixtures/content-model/bad-taxonomy'), io }),
		);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain('tests/fixtures/content-model/bad-taxonomy/taxonomy.yaml:');
	});

	test('on GitHub Actions, prints an annotation per problem and a pointer to the log beyond 10', async () => {
		const result = await runCommand((io) =>
			runCheck([], { ...options(fixture('problems'), { env: { GITHUB_ACTIONS: 'true' } }), io }),
		);
		const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
		expect(annotations[0]).toBe(
			'::error::npm run check found 21 errors; GitHub shows the first 10 here: see the job log for all of them',
		);
		expect(annotations).toHaveLength(23);
		expect(annotations).toContain(
			'::warning file=tests/fixtures/authoring/problems/articles/old-guide.md,line=6,col=1,title=page past review age::updated: last reviewed 2025-01-10, 682 days ago (the limit is 180) (check the page still holds, fix what changed, then set updated to today)',
		);
	});

	test('annotation values escape the characters workflow commands reserve', () => {
		const kind = { id: 'x', title: 'broken link(s)', severity: 'error', sortOrder: 1 } as const;
		const [line] = githubAnnotations([{ kind, file: 'a,b:c.md', line: 3, column: 4, message: '50% done\nnext' }]);
		expect(line).toBe('::error file=a%2Cb%3Ac.md,line=3,col=4,title=broken link::50%25 done%0Anext');
	});
});

describe('file names as npm run check prints them', () => {
	// A pull request can add a file under any name git stores: a line break, a
	// workflow command, a terminal escape sequence. The check runs on that pull
	// request, so the name reaches a CI log and a terminal.
	const hostile = 'forged\n::error file=README.md::ship it\u001b]8;;evil.test\u0007x\u001b[2J\u202e.md';

	function hostileSite(): string {
		const dir = copyFixture('hostile-file-names');
		renameSync(path.join(dir, 'articles/renamed-by-the-test.md'), path.join(dir, 'articles', hostile));
		return dir;
	}

	test.each([false, true])('keep each issue on one line without control characters (colours %s)', async (color) => {
		const dir = hostileSite();
		const lines: string[] = [];
		const io = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
		expect(runCheck([], { ...options(dir, { color }), io })).toBe(1);
		const printed = lines.join('\n');
		const visible = stripVTControlCharacters(printed);
		// Our colours are the only escape sequences; without them, no control character is left.
		expect([...visible].filter((char) => /[\p{Cc}\u202a-\u202e]/u.test(char) && char !== '\n')).toEqual([]);
		expect(printed.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
		expect(visible.split('\n')[0]).toBe(
			`${dir}/articles/forged ::error file=README.md::ship itx.md:1:1 error file name "forged\\n::error file=README.md::ship it\\u001b]8;;evil.test\\u0007x\\u001b[2J\\u202e" is not a valid slug: slugs are lowercase letters, digits and hyphens, and become the page's URL (rename it to forgederror-filereadme-mdship-it8evil-testx2j.md)`,
		);
	});
});

describe('editor schemas during npm run check', () => {
	test('writes the frontmatter schemas of the project content folder when they are missing', async () => {
		const dir = copyFixture('site');
		const result = await runCommand(
			(io) => runCheck([], { ...options(dir, { projectContent: true, root: path.join(dir, 'root') }), io }),
			{ replace: dir },
		);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain(
			'Updated <dir>/.schema/article.schema.json to match the taxonomy and the frontmatter schema; commit it.',
		);
		const schema = JSON.parse(readFileSync(path.join(dir, '.schema/article.schema.json'), 'utf8'));
		expect(schema.properties.category.enum).toEqual(['reliability', 'usability', 'deliverability', 'success-outreach']);
	});

	test('on CI, fails instead of writing when the committed schema is out of date', async () => {
		const dir = copyFixture('site');
		const result = await runCommand(
			(io) => runCheck([], { ...options(dir, { projectContent: true, env: { CI: 'true' } }), io }),
			{ replace: dir },
		);
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toContain(
			'<dir>/.schema/article.schema.json:1:1 error out of date with the taxonomy or the frontmatter schema (run npm run check locally and commit the file)',
		);
	});
});

describe('pages with nothing under the title', () => {
	test('headings over nothing, comments and blank lines are empty; a sentence, a list item, an image or a component is not', () => {
		expect(isEmptyBody('\n## Steps\n\n<!-- to do\nlater -->\n---\n', false)).toBe(true);
		expect(isEmptyBody("import Steps from '../steps.mdx';\n\n{/* soon */}\n", true)).toBe(true);
		expect(isEmptyBody("import Steps from '../steps.mdx';\n", false)).toBe(false);
		for (const body of ['Open **Settings**.', '- one', '![DNS records](./dns.png)', '<Steps />', '| a |\n| - |'])
			expect(isEmptyBody(`## Steps\n\n${body}\n`, true), body).toBe(false);
	});

	test('a draft may be empty until it is written', async () => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		const source = readFileSync(file, 'utf8');
		const frontmatterEnd = source.indexOf('\n---\n', 4) + 5;
		writeFileSync(file, `${source.slice(0, frontmatterEnd)}\n## Steps\n`);
		const empty = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(empty.exitCode).toBe(1);
		expect(empty.stdout).toContain(
			'<dir>/articles/verify-domain.md:10:1 error the page has nothing under its title (write the answer, or set draft: true until it is written)',
		);
		writeFileSync(file, `${source.slice(0, frontmatterEnd - 5)}\ndraft: true\n---\n\n## Steps\n`);
		const draft = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(draft.stdout).not.toContain('nothing under its title');
	});
});

describe('headings that skip a level', () => {
	test('are a warning at their line, naming the level to write; code and a following deeper heading are not', async () => {
		const dir = copyFixture('site');
		const file = path.join(dir, 'articles/verify-domain.md');
		const source = readFileSync(file, 'utf8');
		const frontmatterEnd = source.indexOf('\n---\n', 4) + 5;
		const body = [
			'',
			'#### Before you start',
			'',
			'You need access to your DNS.',
			'',
			'## Add the records',
			'',
			'```sh',
			'#### a comment in a script, not a heading',
			'```',
			'',
			'### TXT record',
			'',
			'#### On Cloudflare',
			'',
			'Check it',
			'--------',
			'',
			'#### After a day',
			'',
			'Wait.',
			'',
		].join('\n');
		writeFileSync(file, `${source.slice(0, frontmatterEnd)}${body}`);
		const result = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(result.exitCode).toBe(0);
		const lines = result.stdout.split('\n').filter((line) => line.includes('heading level skipped'));
		const bodyLine = source.slice(0, frontmatterEnd).split('\n').length;
		expect(lines).toEqual([
			`<dir>/articles/verify-domain.md:${bodyLine + 1}:1 warning heading level skipped: #### "Before you start" comes under a level 1 heading (write it as ##, so the page's outline has no gap for screen readers)`,
			`<dir>/articles/verify-domain.md:${bodyLine + 18}:1 warning heading level skipped: #### "After a day" comes under a level 2 heading (write it as ###, so the page's outline has no gap for screen readers)`,
		]);
		expect(result.stdout).toContain('2 headings skipping a level');
	});
});

describe('npm run check and addresses that run code', () => {
	test('names each javascript:, vbscript: and data: address with its line, and leaves deep links and inline pictures', async () => {
		const dir = copyFixture('site');
		const article = path.join(dir, 'articles/paste-from-ticket.md');
		writeFileSync(article, readFileSync(fixture('unsafe-addresses/paste-from-ticket.md'), 'utf8'));
		const result = await runCommand((io) => runCheck([article], { ...options(dir), io }));
		expect(result.exitCode).toBe(1);
		const lines = result.stdout.split('\n').filter((line) => line.includes(' error '));
		expect(lines.map((line) => line.slice(line.indexOf('paste-from-ticket.md')))).toEqual([
			`paste-from-ticket.md:9:44 error "javascript:fetch('/x')" is a javascript: address, which runs code in the reader's browser: the page shows the link’s words without it (link a web address (https://…), a page of the help center (/articles/<slug>/) or a file beside the page)`,
			`paste-from-ticket.md:11:10 error "vbscript:msgbox(1)" is a vbscript: address, which runs code in the reader's browser: the page shows the link’s words without it (link a web address (https://…), a page of the help center (/articles/<slug>/) or a file beside the page)`,
			`paste-from-ticket.md:11:67 error "data:text/html;base64,PHNjcmlwdD4=" is a data: address, which runs code in the reader's browser: the page shows the picture without it (link a web address (https://…), a page of the help center (/articles/<slug>/) or a file beside the page)`,
			`paste-from-ticket.md:15:11 error "JavaScript:alert(1)" is a javascript: address, which runs code in the reader's browser: the page shows the link’s words without it (link a web address (https://…), a page of the help center (/articles/<slug>/) or a file beside the page)`,
		]);
	});
});

describe('pictures without alt text', () => {
	test('are a warning at their line, Markdown, HTML and MDX alike; alt="" in a tag, code and a spread are not', async () => {
		const dir = copyFixture('site');
		for (const name of ['dns-records.md', 'sending-chart.mdx', 'shot.png']) {
			writeFileSync(path.join(dir, 'articles', name), readFileSync(fixture(`image-alt/${name}`)));
		}
		const result = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(result.exitCode).toBe(0);
		const markdown =
			'the picture has no alt text, so screen readers read out its file name (write what it shows between the brackets, ![Domain settings with the DNS records](shot.png); Markdown cannot mark a picture decorative, so one that adds nothing is removed, or written as <img src="…" alt="">)';
		const tag =
			'the picture tag has no alt attribute, so screen readers read out its file name (add alt="what it shows", or alt="" when the picture is only decoration)';
		expect(result.stdout.split('\n').filter((line) => line.includes(' warning '))).toEqual([
			`<dir>/articles/dns-records.md:11:1 warning shot.png: ${markdown}`,
			`<dir>/articles/dns-records.md:13:1 warning shot.png: ${markdown}`,
			`<dir>/articles/dns-records.md:17:1 warning shot.png: ${tag}`,
			`<dir>/articles/dns-records.md:21:1 warning shot.png: ${tag}`,
			`<dir>/articles/sending-chart.mdx:13:1 warning {chart}: ${tag}`,
			`<dir>/articles/sending-chart.mdx:22:1 warning ./shot.png: ${tag}`,
		]);
		expect(result.stdout).toContain('0 errors, 6 warnings');
		expect(result.stdout).toContain('6 pictures without alt text');
	});
});

describe('Markdown the line alone cannot tell', () => {
	test('a picture or link over two lines is checked at the line it starts on; code, indented or inline, is not', async () => {
		const dir = copyFixture('site');
		for (const name of ['billing-page.md', 'receipts.mdx', 'shot.png']) {
			writeFileSync(path.join(dir, 'articles', name), readFileSync(fixture(`markdown-constructs/${name}`)));
		}
		const result = await runCommand((io) => runCheck([], { ...options(dir), io }), { replace: dir });
		expect(result.exitCode).toBe(1);
		const problems = result.stdout
			.split('\n')
			.filter((line) => / (?:error|warning) /.test(line))
			.map((line) => line.replace(/ \(.*$/, ''));
		expect(problems).toEqual([
			'<dir>/articles/billing-page.md:14:1 warning shot.png: the picture has no alt text, so screen readers read out its file name',
			'<dir>/articles/billing-page.md:17:5 error /articles/no-such-page/ leads to no article',
			'<dir>/articles/billing-page.md:18:52 error receipt.png: no file at <dir>/articles/receipt.png',
			'<dir>/articles/billing-page.md:33:5 warning shot.png: the picture has no alt text, so screen readers read out its file name',
			'<dir>/articles/receipts.mdx:11:5 warning shot.png: the picture has no alt text, so screen readers read out its file name',
			'<dir>/articles/receipts.mdx:13:1 error missing.png: no file at <dir>/articles/missing.png',
		]);
	});
});

describe('a field in the terminal', () => {
	const issue: Issue = {
		kind: issueKinds.reviewAge,
		file: 'articles/old-guide.md',
		line: 6,
		column: 1,
		field: 'updated',
		message: 'last reviewed 2025-01-10, 682 days ago (the limit is 180)',
	};

	test('is named plainly without colours, and in bold with them; never as Markdown', () => {
		expect(formatIssue(issue, false)).toBe(
			'articles/old-guide.md:6:1 warning updated: last reviewed 2025-01-10, 682 days ago (the limit is 180)',
		);
		expect(formatIssue(issue, pc.createColors(true))).toBe(
			`articles/old-guide.md:6:1 \u001b[33mwarning\u001b[39m \u001b[1mupdated\u001b[22m: last reviewed 2025-01-10, 682 days ago (the limit is 180)`,
		);
	});

	test('npm run check prints the review age and frontmatter fields plainly when its output is no terminal', async () => {
		const result = await runCommand((io) => runCheck([], { ...options(fixture('problems')), io }));
		expect(result.stdout).toContain('old-guide.md:6:1 warning updated: last reviewed 2025-01-10');
		expect(result.stdout).toContain('bad-frontmatter.md:4:1 error category: expected one of');
		expect(result.stdout).not.toContain('**');
	});

	test('a content error thrown for Astro keeps the Markdown its error overlay renders', () => {
		const problem = { file: 'a.md', line: 2, field: 'title', message: 'required' };
		expect(new ContentError([problem]).message).toBe('a.md:2: **title**: required');
		expect(formatProblemPlain(problem)).toBe('a.md:2: title: required');
	});
});
