import { randomInt } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BinaryCanary, findBinaryCanaries, pngCanary, randomCanary } from './helpers/binary-canaries.ts';
import { type BuildResult, buildSite } from './helpers/build-site.ts';
import { findInOutput, listFiles } from './helpers/scan-output.ts';
import { ticketIdsIn } from './helpers/ticket-ids.ts';

/**
 * The public build must never carry internal words or files, in any file it writes.
 * This test plants unique canary strings in every kind of internal content, and an
 * image and an imported attachment beside each non-public page, builds both sites
 * from the same copy of content/, and scans every file they wrote (Pagefind's
 * compressed index decompressed) for the words, and every file's bytes by content
 * hash for the files.
 */
const out = 'tests/.output/leak';
const contentDir = `${out}/content`;
const publicDir = `${out}/dist`;
const internalDir = `${out}/dist-internal`;

// Lower-case letters and digits only: one search token, a valid slug, and no stemming.
const suffix = String(randomInt(10_000_000, 99_999_999));
const canaries = {
	internalArticle: `canaryinternal${suffix}`,
	runbook: `canaryrunbook${suffix}`,
	draft: `canarydraft${suffix}`,
	linkedTicketId: `LEAK-${suffix}1`,
	unlinkedTicketId: `LEAK-${suffix}2`,
	ticketSubject: `canarysubject${suffix}`,
	feedbackComment: `canaryfeedback${suffix}`,
	pulledTicketId: `LEAK-${suffix}3`,
	pulledSubject: `canarypulled${suffix}`,
};

/** Per non-public page: an image its body shows and an attachment its MDX imports. */
const binaryCanaries = {
	internalArticle: assetsFor(canaries.internalArticle),
	runbook: assetsFor(canaries.runbook),
	draft: assetsFor(canaries.draft),
};
const allBinaryCanaries: BinaryCanary[] = Object.values(binaryCanaries).flatMap(({ image, attachment }) => [
	image,
	attachment,
]);

function assetsFor(canary: string) {
	return {
		image: pngCanary(`${canary}-diagram.png`, canary),
		attachment: randomCanary(`${canary}-checklist.pdf`),
	};
}

/** An MDX body that shows the image and imports the attachment, so Astro would emit both. */
function bodyWithAssets(canary: string, assets: ReturnType<typeof assetsFor>, dir: string): string {
	writeFileSync(path.join(dir, assets.image.name), assets.image.bytes);
	writeFileSync(path.join(dir, assets.attachment.name), assets.attachment.bytes);
	return [
		`import checklist from './${assets.attachment.name}?url';`,
		'',
		`The body says ${canary}.`,
		'',
		// A link to a public article: search gives the article the words other pages link it by.
		`Customers ask how to [${canary} their sender](/articles/verify-domain/).`,
		'',
		`![Diagram of ${canary}](./${assets.image.name})`,
		'',
		'<a href={checklist}>Download the checklist</a>',
		'',
	].join('\n');
}

function frontmatter(fields: Record<string, unknown>): string {
	return `---\n${Object.entries(fields)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
		.join('\n')}\n---\n`;
}

function plantCanaries() {
	const articles = path.join(contentDir, 'articles');
	const article = (canary: string) => ({
		title: `Canary ${canary}`,
		description: `Leak check ${canary}.`,
		category: 'usability',
		productArea: 'domains',
		updated: '2020-01-01',
		aliases: [canary],
		tags: [canary],
		owner: `owner ${canary}`,
	});
	writeFileSync(
		path.join(articles, `${canaries.internalArticle}.mdx`),
		`${frontmatter({ ...article(canaries.internalArticle), audience: 'internal' })}\n${bodyWithAssets(canaries.internalArticle, binaryCanaries.internalArticle, articles)}`,
	);
	writeFileSync(
		path.join(articles, `${canaries.draft}.mdx`),
		`${frontmatter({ ...article(canaries.draft), draft: true })}\n${bodyWithAssets(canaries.draft, binaryCanaries.draft, articles)}`,
	);
	// A public article answering a ticket: its page is public, its ticket id is not.
	writeFileSync(
		path.join(articles, `leak-check-public-${suffix}.md`),
		`${frontmatter({
			title: 'Leak check: a public article that answers a ticket',
			description: 'Its page is public; the id of the ticket it answers is not.',
			category: 'usability',
			productArea: 'domains',
			updated: '2026-01-05',
			tickets: [canaries.linkedTicketId],
		})}\nNothing secret here.\n`,
	);
	writeFileSync(
		path.join(contentDir, 'runbooks', `${canaries.runbook}.mdx`),
		`${frontmatter({
			title: `Canary ${canaries.runbook}`,
			description: `Leak check ${canaries.runbook}.`,
			owner: `owner ${canaries.runbook}`,
			updated: '2026-01-05',
			tags: [canaries.runbook],
			tickets: [canaries.linkedTicketId],
		})}\n## Steps\n\n${bodyWithAssets(canaries.runbook, binaryCanaries.runbook, path.join(contentDir, 'runbooks'))}\n## More\n\nStill ${canaries.runbook}.\n`,
	);
	// A reader's comment from "Was this helpful?": only the handbook's insights show it.
	mkdirSync(path.join(contentDir, 'feedback'), { recursive: true });
	writeFileSync(
		path.join(contentDir, 'feedback', `leak-check-${suffix}.jsonl`),
		`${JSON.stringify({ type: 'feedback', article: 'verify-domain', helpful: false, comment: `Says ${canaries.feedbackComment}`, ts: '2026-01-05T10:00:00Z' })}\n`,
	);
	// A closed ticket nobody linked: the insights page lists it with its subject.
	mkdirSync(path.join(contentDir, 'tickets'), { recursive: true });
	writeFileSync(
		path.join(contentDir, 'tickets', `leak-check-${suffix}.csv`),
		[
			'id,status,category,product area,closed at,articles,subject',
			`${canaries.linkedTicketId},closed,usability,domains,2026-01-05T10:00:00Z,leak-check-public-${suffix},Leak check linked ticket`,
			`${canaries.unlinkedTicketId},closed,usability,domains,2026-01-06T10:00:00Z,,Customer asks about ${canaries.ticketSubject}`,
		].join('\n'),
	);
	// A ticket `npm run tickets:pull --with-subjects` cached beside the content: internal only.
	mkdirSync(path.join(out, '.tryblock/tickets'), { recursive: true });
	writeFileSync(
		path.join(out, '.tryblock/tickets/zendesk.jsonl'),
		`${JSON.stringify({ id: canaries.pulledTicketId, status: 'solved', category: 'usability', productArea: 'domains', closedAt: '2026-01-07T10:00:00Z', articles: [], requester: '0123456789abcdef', subject: `Pulled ${canaries.pulledSubject}` })}\n`,
	);
}

describe('leak-proof public build', () => {
	let builds: { public: BuildResult; internal: BuildResult };

	beforeAll(async () => {
		rmSync(out, { recursive: true, force: true });
		cpSync('content', contentDir, { recursive: true });
		plantCanaries();
		// One after the other: both builds share the project's .astro/ folder (see buildSite).
		const publicBuild = await buildSite({ contentDir, outDir: publicDir, audience: 'public' });
		const internalBuild = await buildSite({ contentDir, outDir: internalDir, audience: 'internal' });
		builds = { public: publicBuild, internal: internalBuild };
	});

	test('both fixture builds succeed', () => {
		expect(builds.public.status, builds.public.output).toBe(0);
		expect(builds.internal.status, builds.internal.output).toBe(0);
	});

	test('no file of the public build, search index decompressed, contains any canary', () => {
		const found = findInOutput(publicDir, Object.values(canaries));
		const leaks = [...found]
			.filter(([, files]) => files.length > 0)
			.map(([canary, files]) => `${canary}: ${files.join(', ')}`);
		expect(leaks).toEqual([]);
		// The scan covered the search index and the machine-readable files, not only HTML.
		const files = listFiles(publicDir);
		expect(files.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
		expect(files.some((file) => file.endsWith('.pf_index'))).toBe(true);
		expect(files).toContain('sitemap-0.xml');
		expect(files).toContain('rss.xml');
		expect(files).toContain('404.html');
		// The search pipeline's vocabulary, related words and no-results suggestions were scanned too.
		expect(files).toContain('search/vocabulary.json');
		expect(files).toContain('search/related/a.json');
		expect(files).toContain('search/suggestions.json');
	});

	test('no file of the public build is, by content hash or by name, an image or attachment of a non-public page', () => {
		const found = findBinaryCanaries(publicDir, allBinaryCanaries);
		const leaks = [...found]
			.filter(([, files]) => files.length > 0)
			.map(([canary, files]) => `${canary}: ${files.join(', ')}`);
		expect(leaks).toEqual([]);
	});

	test('the public build has no runbook or insights pages, and nothing links or lists them', () => {
		const files = listFiles(publicDir);
		expect(files.filter((file) => file.startsWith('runbooks/') || file.startsWith('insights/'))).toEqual([]);
		const pointing = files.filter(
			(file) =>
				/\.(html|xml|json|txt|md)$/.test(file) &&
				/\/(runbooks|insights)\//.test(readFileSync(path.join(publicDir, file), 'utf8')),
		);
		expect(pointing).toEqual([]);
		// Astro writes the CSS of every route, even one that builds no page: each stylesheet
		// the public build ships must be one of its pages' own.
		const html = files
			.filter((file) => file.endsWith('.html'))
			.map((file) => readFileSync(path.join(publicDir, file), 'utf8'));
		const orphans = files.filter(
			(file) =>
				file.startsWith('_astro/') && file.endsWith('.css') && !html.some((page) => page.includes(path.basename(file))),
		);
		expect(orphans).toEqual([]);
	});

	test('the same scan of the internal build finds every canary, so the scan itself works', () => {
		const found = findInOutput(internalDir, Object.values(canaries));
		const missing = [...found].filter(([, files]) => files.length === 0).map(([canary]) => canary);
		expect(missing).toEqual([]);
		// Each page's words are in the compressed search index too.
		for (const canary of [canaries.internalArticle, canaries.runbook, canaries.draft]) {
			expect(found.get(canary)?.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
		}
		expect(found.get(canaries.ticketSubject)).toContain('insights/index.html');
		expect(found.get(canaries.pulledSubject)).toContain('insights/index.html');
		// The vocabulary holds the words of every page the index holds.
		for (const canary of [canaries.internalArticle, canaries.runbook, canaries.draft]) {
			expect(found.get(canary)).toContain('search/vocabulary.json');
		}
		// The handbook's article page carries the words its pages link it by; the public one must not.
		for (const canary of [canaries.internalArticle, canaries.runbook, canaries.draft]) {
			expect(found.get(canary)).toContain('articles/verify-domain/index.html');
		}
	});

	test('the same hash scan of the internal build finds every image and attachment, so it works too', () => {
		const found = findBinaryCanaries(internalDir, allBinaryCanaries);
		const missing = [...found].filter(([, files]) => files.length === 0).map(([canary]) => canary);
		expect(missing).toEqual([]);
		// The attachments are copied byte for byte, so the content hash (not only the name) finds them.
		for (const { attachment } of Object.values(binaryCanaries)) {
			const copies = found.get(attachment.name) ?? [];
			expect(
				copies.some((file) => readFileSync(path.join(internalDir, file)).equals(attachment.bytes)),
				`${attachment.name} in ${copies.join(', ')}`,
			).toBe(true);
		}
	});
});

describe('the real public build', () => {
	test('carries no ticket id from the demo content or its exports', async () => {
		expect(existsSync('dist/index.html'), 'build the public site first: npm run build').toBe(true);
		const ids = await ticketIdsIn('content');
		expect(ids.length).toBeGreaterThan(0);
		const found = findInOutput('dist', ids);
		const leaks = [...found].filter(([, files]) => files.length > 0).map(([id, files]) => `${id}: ${files.join(', ')}`);
		expect(leaks).toEqual([]);
	});
});
