import { writeFileSync } from 'node:fs';
import { entryDir } from '../authoring/content-files.ts';
import { CliError } from '../cli/run.ts';
import { contentPath, displayPath } from '../content-model/paths.ts';
import { createArticleSchema } from '../content-model/schemas/article.ts';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { loadTaxonomy } from '../content-model/settings.ts';
import { mergeRedirects, type RedirectEntry } from '../redirects/file.ts';
import type { OutputFormat } from './convert/types.ts';
import { type Redact, scrubbedSource } from './credentials.ts';
import { readExistingContent } from './existing.ts';
import { importArticle } from './import-article.ts';
import { groupChain, type ImportMap, importMapPath, loadImportMap, placedArticle, resolveMapping } from './map.ts';
import { withOneLineNames } from './one-line-names.ts';
import { type ImportPlan, isInvalid, planArticles, planLinkIndex, settleTitles } from './plan.ts';
import type { ImportReport } from './report.ts';
import { listedPages } from './section-list.ts';
import { sectionRedirects, sectionTarget } from './section-redirects.ts';
import { sourceIdOf } from './source-id.ts';
import type { ImportSource, SourceGroup } from './sources/types.ts';
import { type GroupCount, groupEntries, renderStarterMap, UNDESCRIBED_TITLES, unlistedGroups } from './starter-map.ts';
import { openImportState } from './state.ts';

export interface ImportOptions {
	contentDir: string;
	dryRun: boolean;
	/** The format of new articles; an article already there keeps its own. */
	format: OutputFormat;
	today: Date;
	/** Where the source's version of an article edited here is saved. */
	incomingDir: string;
	/** Told about each article as it is planned or written. */
	progress?: (line: string) => void;
	/**
	 * Replaces the credentials of the source's HTTP clients (see `createRedactor`): every
	 * text the source gives is read through it, so nothing written holds one.
	 */
	redact?: Redact;
	/**
	 * The source reads what the import saved from a help center's API, scrubbed of the
	 * credentials as it arrived (see `spoolList`): `[redacted]` in an article marks one.
	 */
	savedScrubbed?: boolean;
}

/**
 * A source that lists no article at all (an empty list saved from the API, a dump of
 * another help center's lists, a token whose agent sees nothing) has nothing to
 * import: said as unusable input, before a starter map of no sections is written.
 */
function nothingToImport(source: ImportSource): CliError {
	return new CliError(`${source.label}: holds no articles, so there is nothing to import`, {
		hint: 'check that it is the help center you meant, and that its export (or the API token) includes its articles',
		usage: false,
	});
}

async function countGroups(source: ImportSource, groups: ReadonlyMap<string, SourceGroup>): Promise<GroupCount[]> {
	const counts = new Map<string, number>();
	/** Groups articles name that the source's lists do not describe, with their first titles. */
	const undescribed = new Map<string, { group: SourceGroup; titles: string[] }>();
	let listed = 0;
	for await (const item of source.articles()) {
		listed++;
		if (isInvalid(item)) continue;
		// An article counts for its section and every group around it: its section of the
		// old site's navigation when it had one, else its folder; and for each other group
		// it sits in as well (an article several help centers share), once each.
		const chain = [item.navSection ?? item.group, ...(item.alsoIn ?? [])].flatMap((start) => groupChain(start, groups));
		const seen = new Set<string>();
		for (const group of chain) {
			const key = `${group.type}:${group.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			counts.set(key, (counts.get(key) ?? 0) + 1);
			if (groups.has(key)) continue;
			const entry = undescribed.get(key) ?? { group: { ...group, name: '' }, titles: [] };
			if (entry.titles.length < UNDESCRIBED_TITLES) entry.titles.push(item.title);
			undescribed.set(key, entry);
		}
	}
	if (listed === 0) throw nothingToImport(source);
	return [
		...[...groups.values()].map((group) => ({ group, articles: counts.get(`${group.type}:${group.id}`) ?? 0 })),
		...[...undescribed].map(([key, { group, titles }]) => ({
			group,
			articles: counts.get(key) ?? 0,
			undescribed: { titles },
		})),
	].filter((count) => count.articles > 0);
}

/**
 * Imports every article of a source into the content folder, in two passes. The
 * first converts each article once to learn its slug, anchors and audience, so the
 * second can rewrite links between articles (with their anchors) before it writes.
 * Nothing a person wrote is overwritten: see `writeArticle`.
 */
export async function runImport(given: ImportSource, options: ImportOptions): Promise<ImportReport> {
	const { contentDir } = options;
	const scrubbed = options.redact ? scrubbedSource(given, options.redact, options.savedScrubbed) : given;
	const taxonomy = loadTaxonomy(contentDir);
	const schema = createArticleSchema(taxonomy);
	const groupList = await scrubbed.groups();
	const groups = new Map(groupList.map((group) => [`${group.type}:${group.id}`, group]));
	const report: ImportReport = {
		label: scrubbed.label,
		dryRun: options.dryRun,
		articles: [],
		redirectsAdded: 0,
		redirectConflicts: [],
		redirectsFile: contentPath('redirects', contentDir),
	};
	const map = await importMapFor(scrubbed, groups, taxonomy, options, report);
	const source = placedSource(scrubbed, map, groups);
	const existing = readExistingContent(contentDir);

	const plan = await planArticles(source, {
		map,
		groups,
		existing,
		articlesDir: entryDir(contentDir, 'article'),
		format: options.format,
		progress: options.progress,
	});
	if (plan.decisions.size === 0 && plan.invalid.length === 0) throw nothingToImport(source);
	settleTitles(plan, source.system, groups, existing);
	const index = planLinkIndex(plan, map, source.system, groups);
	const listed = listedPages(plan);
	const state = openImportState(contentDir);
	const redirects: RedirectEntry[] = [];
	report.articles.push(...plan.invalid);

	// Pass two: convert with every link resolved, copy images, write.
	const written = new Set<string>();
	/** Articles found by an earlier import's spelling of their `source`, old → new, now rewritten. */
	const renamed = new Map<string, string>();
	const slugs = new Set([
		...existing.slugs.keys(),
		...[...plan.decisions.values()].flatMap((decision) => ('planned' in decision ? [decision.planned.slug] : [])),
	]);
	for await (const record of source.articles()) {
		if (isInvalid(record)) continue;
		const item = withOneLineNames(record);
		const sourceId = sourceIdOf(source.system, item.id);
		const decision = plan.decisions.get(sourceId);
		if (!decision || written.has(sourceId)) continue;
		written.add(sourceId);
		if ('skipped' in decision) {
			report.articles.push(decision.skipped);
			continue;
		}
		const outcome = await importArticle(item, decision.planned, {
			source,
			index,
			linkedIds: plan.linkedIds,
			linkedAs: plan.linkedAs,
			slugs,
			options,
			schema,
			state,
			groups,
			redirects,
			listed,
		});
		report.articles.push(outcome);
		const { formerSourceId } = decision.planned;
		if (formerSourceId && outcome.action !== 'skipped') renamed.set(formerSourceId, sourceId);
		options.progress?.(`${options.dryRun ? 'planned' : 'wrote'} ${sourceId}`);
	}
	if (!options.dryRun) state.save();
	redirects.push(...skippedSectionRedirects(plan, report, map, source.system, groups, redirects));
	const merged = mergeRedirects(contentDir, redirects, { dryRun: options.dryRun, renamed });
	report.redirectsAdded = merged.added;
	if (merged.retargeted > 0) report.redirectsRetargeted = merged.retargeted;
	report.redirectConflicts = merged.conflicts;
	const sourceReview = source.review?.() ?? [];
	if (sourceReview.length > 0) report.sourceReview = sourceReview;

	const unlisted = unlistedGroups(
		map,
		source.system,
		[...groups.values()]
			.map((group) => ({ group, articles: plan.counts.get(`${group.type}:${group.id}`) ?? 0 }))
			.filter((count) => count.articles > 0),
		groups,
	);
	if (unlisted.length > 0 && !report.mapWritten)
		report.unlistedGroups = groupEntries(source.system, unlisted, groups, taxonomy).join('\n');
	return report;
}

/** The source with each article in the first of its groups the map does not skip (see `placedArticle`). */
function placedSource(source: ImportSource, map: ImportMap, groups: ReadonlyMap<string, SourceGroup>): ImportSource {
	return {
		...source,
		articles: async function* () {
			for await (const record of source.articles())
				yield isInvalid(record) ? record : placedArticle(map, source.system, record, groups);
		},
	};
}

/**
 * The import map, or on a dry run without one, a starter map written from the source's
 * sections for the team to edit. A real run without a map stops: nothing is mapped yet.
 */
async function importMapFor(
	source: ImportSource,
	groups: ReadonlyMap<string, SourceGroup>,
	taxonomy: Taxonomy,
	options: ImportOptions,
	report: ImportReport,
): Promise<ImportMap> {
	const { contentDir } = options;
	const map = loadImportMap(contentDir, taxonomy);
	if (map) return map;
	if (!options.dryRun) {
		throw new CliError(`${displayPath(importMapPath(contentDir))} does not exist yet`, {
			hint: "run the same command with --dry-run first: it writes a starter map from the source's sections for you to edit",
			usage: false,
		});
	}
	const counts = await countGroups(source, groups);
	writeFileSync(
		importMapPath(contentDir),
		renderStarterMap(source.system, counts, groups, taxonomy, contentPath('taxonomy', contentDir)),
		{ flag: 'wx' },
	);
	report.mapWritten = displayPath(importMapPath(contentDir));
	const written = loadImportMap(contentDir, taxonomy);
	if (!written) throw new Error('the starter map could not be read back');
	return written;
}

/**
 * Redirects for the section pages skipped for having nothing of their own: their
 * addresses lead where the section's articles are now. A skipped page whose address
 * now leads somewhere leaves nothing for a person to do.
 */
function skippedSectionRedirects(
	plan: ImportPlan,
	report: ImportReport,
	map: ImportMap,
	system: ImportSource['system'],
	groups: ReadonlyMap<string, SourceGroup>,
	redirects: readonly RedirectEntry[],
): RedirectEntry[] {
	const kept = new Set(
		report.articles.filter((article) => article.action !== 'skipped').map((article) => article.source),
	);
	const inSections = [...plan.decisions].flatMap(([sourceId, decision]) =>
		'planned' in decision && kept.has(sourceId)
			? [
					{
						sourceId,
						title: decision.planned.title,
						group: plan.groupOf.get(sourceId),
						navSection: plan.navSectionOf.get(sourceId),
						order: plan.listing.get(sourceId)?.order,
					},
				]
			: [],
	);
	const redirected = new Set(redirects.map((entry) => entry.from));
	const added: RedirectEntry[] = [];
	for (const { skipped, section } of plan.sections) {
		const mapping = resolveMapping(map, system, section.group, groups);
		const { entries, note } = sectionRedirects(section, sectionTarget(section, mapping, inSections, groups));
		added.push(...entries.filter((entry) => !redirected.has(entry.from)));
		skipped.reason = `${skipped.reason}; ${note}`;
		if (entries.length > 0) skipped.skipWanted = true;
	}
	return added;
}
