import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { entryDir } from '../authoring/content-files.ts';
import { CliError } from '../cli/run.ts';
import { displayPath } from '../content-model/paths.ts';
import { createArticleSchema } from '../content-model/schemas/article.ts';
import { loadTaxonomy } from '../content-model/settings.ts';
import { isValidSlug, slugFromTitle } from '../content-model/slugs.ts';
import { isArticleVisible } from '../content-model/visibility.ts';
import { mergeRedirects, type RedirectEntry } from '../redirects/file.ts';
import { collectIds, convertArticle, indexHtmlArticle } from './convert/article.ts';
import type { OutputFormat } from './convert/types.ts';
import { readExistingContent } from './existing.ts';
import { importArticle, type Planned } from './import-article.ts';
import type { LinkIndex } from './links.ts';
import { groupNames, type ImportMap, importMapPath, loadImportMap, resolveMapping } from './map.ts';
import { type ArticleReport, type ImportReport, skippedReport } from './report.ts';
import { type EmptySection, sectionRedirects, sectionTarget } from './section-redirects.ts';
import { sourceIdOf } from './source-id.ts';
import type { ImportSource, InvalidRecord, SourceArticle, SourceGroup } from './sources/types.ts';
import { type GroupCount, groupEntries, renderStarterMap, unlistedGroups } from './starter-map.ts';
import { openImportState } from './state.ts';
import { disambiguateTitles, pageName, type TitledArticle } from './titles.ts';

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
}

type Decision = { planned: Planned } | { skipped: ArticleReport };

function isInvalid(item: SourceArticle | InvalidRecord): item is InvalidRecord {
	return 'invalid' in item;
}

async function countGroups(source: ImportSource, groups: ReadonlyMap<string, SourceGroup>): Promise<GroupCount[]> {
	const counts = new Map<string, number>();
	for await (const item of source.articles()) {
		if (isInvalid(item)) continue;
		// An article counts for its section and every group around it.
		const seen = new Set<string>();
		for (let group = item.group; group && !seen.has(`${group.type}:${group.id}`); ) {
			const key = `${group.type}:${group.id}`;
			seen.add(key);
			counts.set(key, (counts.get(key) ?? 0) + 1);
			group = groups.get(key)?.parent;
		}
	}
	return [...groups.values()]
		.map((group) => ({ group, articles: counts.get(`${group.type}:${group.id}`) ?? 0 }))
		.filter((count) => count.articles > 0);
}

/**
 * Imports every article of a source into the content folder, in two passes. The
 * first converts each article once to learn its slug, anchors and audience, so the
 * second can rewrite links between articles (with their anchors) before it writes.
 * Nothing a person wrote is overwritten: see `writeArticle`.
 */
export async function runImport(source: ImportSource, options: ImportOptions): Promise<ImportReport> {
	const { contentDir } = options;
	const taxonomy = loadTaxonomy(contentDir);
	const schema = createArticleSchema(taxonomy);
	const groupList = await source.groups();
	const groups = new Map(groupList.map((group) => [`${group.type}:${group.id}`, group]));
	const report: ImportReport = {
		label: source.label,
		dryRun: options.dryRun,
		articles: [],
		redirectsAdded: 0,
		redirectConflicts: [],
	};

	let map: ImportMap | undefined = loadImportMap(contentDir, taxonomy);
	if (!map) {
		if (!options.dryRun) {
			throw new CliError(`${displayPath(importMapPath(contentDir))} does not exist yet`, {
				hint: "run the same command with --dry-run first: it writes a starter map from the source's sections for you to edit",
			});
		}
		const counts = await countGroups(source, groups);
		writeFileSync(importMapPath(contentDir), renderStarterMap(source.system, counts, groups, taxonomy), { flag: 'wx' });
		report.mapWritten = displayPath(importMapPath(contentDir));
		map = loadImportMap(contentDir, taxonomy);
		if (!map) throw new Error('the starter map could not be read back');
	}

	const existing = readExistingContent(contentDir);
	const articlesDir = entryDir(contentDir, 'article');
	const claimed = new Set<string>();
	/** Which ids of which article other articles link to, for explicit anchors. */
	const linkedIds = new Map<string, Set<string>>();
	/** Old addresses of each article that only links give (an older title after its number), for the redirects. */
	const linkedAs = new Map<string, Set<string>>();
	const decisions = new Map<string, Decision>();
	/** The source's own id of each article, by its `source`. */
	const itemIds = new Map<string, string>();
	const groupOf = new Map<string, NonNullable<SourceArticle['group']>>();
	/** Each article's name in the old site's navigation, when it has one. */
	const navLabels = new Map<string, string>();
	const invalidSeen: ArticleReport[] = [];
	/** Sections' own pages skipped for having nothing of their own, whose addresses still lead somewhere. */
	const sections: { skipped: ArticleReport; section: EmptySection }[] = [];
	const counts = new Map<string, number>();
	let position = 0;

	// Pass one: plan every article.
	for await (const item of source.articles()) {
		position++;
		if (isInvalid(item)) {
			const skipped = skippedReport(
				item.id ? sourceIdOf(source.system, item.id) : `record ${position}`,
				'',
				item.invalid,
			);
			invalidSeen.push(skipped);
			if (item.section) sections.push({ skipped, section: item.section });
			continue;
		}
		const sourceId = sourceIdOf(source.system, item.id);
		if (decisions.has(sourceId)) continue;
		itemIds.set(sourceId, item.id);
		if (item.group) groupOf.set(sourceId, item.group);
		if (item.navLabel) navLabels.set(sourceId, item.navLabel);
		if (item.group) {
			const key = `${item.group.type}:${item.group.id}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const mapping = resolveMapping(map, source.system, item.group, groups);
		if (mapping.kind === 'skip') {
			decisions.set(sourceId, {
				skipped: skippedReport(sourceId, item.title, `the import map skips "${mapping.group}"`, {
					skipWanted: true,
				}),
			});
			continue;
		}
		const known = existing.bySource.get(sourceId);
		let slug: string;
		let file: string;
		if (known) {
			slug = known.slug;
			file = known.file;
		} else {
			const base = [
				slugFromTitle(item.title),
				`${source.system}-${item.id}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
			].find(isValidSlug);
			if (!base) {
				decisions.set(sourceId, {
					skipped: skippedReport(sourceId, item.title, 'no file name can be made from its title or id'),
				});
				continue;
			}
			const personal = existing.slugs.get(base);
			if (personal) {
				decisions.set(sourceId, {
					skipped: skippedReport(
						sourceId,
						item.title,
						`${displayPath(personal)} already has the slug "${base}" and was not imported; add \`source: ${sourceId}\` to its frontmatter to let the import update it, or rename it`,
					),
				});
				continue;
			}
			slug = base;
			for (let n = 2; claimed.has(slug) || existing.slugs.has(slug); n++) slug = `${base}-${n}`;
			file = path.join(articlesDir, `${slug}.${options.format}`);
		}
		claimed.add(slug);
		const format: OutputFormat = file.endsWith('.md') ? 'md' : 'mdx';
		const recordLink = (href: string) => {
			const target = href.startsWith('#')
				? { kind: 'article' as const, id: item.id, fragment: href.slice(1) }
				: source.classify(href);
			if (target.kind === 'article' && target.fragment) {
				const set = linkedIds.get(target.id) ?? new Set<string>();
				set.add(target.fragment);
				linkedIds.set(target.id, set);
			}
			if (target.kind === 'article' && target.linkedAs) {
				const set = linkedAs.get(target.id) ?? new Set<string>();
				set.add(target.linkedAs);
				linkedAs.set(target.id, set);
			}
		};
		const converted =
			item.body.kind === 'html'
				? indexHtmlArticle(item as SourceArticle & { body: { kind: 'html' } }, recordLink)
				: convertArticle(item, {
						format,
						link: (href) => {
							recordLink(href);
							return { kind: 'kept', href };
						},
					});
		const visible = isArticleVisible(
			{ audience: item.restricted ? 'internal' : 'public', draft: item.draft },
			'public',
		);
		decisions.set(sourceId, {
			planned: {
				sourceId,
				title: item.title,
				slug,
				file,
				exists: known !== undefined,
				format,
				mapping,
				ids: collectIds(item),
				target: {
					slug,
					title: item.title,
					visible,
					anchors: converted.anchors,
					slugs: converted.slugs,
					ids: collectIds(item),
				},
			},
		});
		options.progress?.(`planned ${sourceId}`);
	}

	const titled = new Map<Planned, TitledArticle>();
	for (const [sourceId, decision] of decisions) {
		if (!('planned' in decision)) continue;
		const group = groupOf.get(sourceId);
		titled.set(decision.planned, {
			title: decision.planned.title,
			group: group ? groups.get(`${group.type}:${group.id}`)?.name : undefined,
			outerGroups: group ? groupNames(groups, group).slice(0, -1) : undefined,
			label: navLabels.get(sourceId),
			name: pageName(source.system, itemIds.get(sourceId)),
			file: decision.planned.file,
		});
	}
	const plannedFiles = new Set([...titled.keys()].map((planned) => planned.file));
	disambiguateTitles([...titled.values()], new Map([...existing.titles].filter(([, file]) => !plannedFiles.has(file))));
	for (const [planned, article] of titled) {
		planned.title = article.title;
		planned.target.title = article.title;
		planned.titleClash = article.clash;
		planned.titleRenamed = article.renamed;
	}

	const index: LinkIndex = {
		articles: new Map(
			[...decisions].flatMap(([sourceId, decision]) =>
				'planned' in decision ? [[itemIds.get(sourceId) ?? sourceId, decision.planned.target] as const] : [],
			),
		),
		areaOf: (group) => {
			const mapping = resolveMapping(map, source.system, group, groups);
			return mapping.kind === 'mapped' ? mapping.productArea : undefined;
		},
	};
	const state = openImportState(contentDir);
	const redirects: RedirectEntry[] = [];
	report.articles.push(...invalidSeen);

	// Pass two: convert with every link resolved, copy images, write.
	const written = new Set<string>();
	for await (const item of source.articles()) {
		if (isInvalid(item)) continue;
		const sourceId = sourceIdOf(source.system, item.id);
		const decision = decisions.get(sourceId);
		if (!decision || written.has(sourceId)) continue;
		written.add(sourceId);
		if ('skipped' in decision) {
			report.articles.push(decision.skipped);
			continue;
		}
		const planned = decision.planned;
		report.articles.push(
			await importArticle(item, planned, {
				source,
				index,
				linkedIds,
				linkedAs,
				options,
				schema,
				state,
				groups,
				redirects,
			}),
		);
		options.progress?.(`${options.dryRun ? 'planned' : 'wrote'} ${sourceId}`);
	}
	if (!options.dryRun) state.save();
	const kept = new Set(
		report.articles.filter((article) => article.action !== 'skipped').map((article) => article.source),
	);
	const inSections = [...decisions].flatMap(([sourceId, decision]) =>
		'planned' in decision && kept.has(sourceId)
			? [{ sourceId, title: decision.planned.title, group: groupOf.get(sourceId) }]
			: [],
	);
	const redirected = new Set(redirects.map((entry) => entry.from));
	for (const { skipped, section } of sections) {
		const mapping = resolveMapping(map, source.system, section.group, groups);
		const { entries, note } = sectionRedirects(section, sectionTarget(section, mapping, inSections, groups));
		redirects.push(...entries.filter((entry) => !redirected.has(entry.from)));
		skipped.reason = `${skipped.reason}; ${note}`;
		// Its address leads where the section's articles are now: nothing is left for a person to do.
		if (entries.length > 0) skipped.skipWanted = true;
	}
	const merged = mergeRedirects(contentDir, redirects, { dryRun: options.dryRun });
	report.redirectsAdded = merged.added;
	report.redirectConflicts = merged.conflicts;

	const unlisted = unlistedGroups(
		map,
		source.system,
		[...groups.values()]
			.map((group) => ({ group, articles: counts.get(`${group.type}:${group.id}`) ?? 0 }))
			.filter((count) => count.articles > 0),
	);
	if (unlisted.length > 0 && !report.mapWritten)
		report.unlistedGroups = groupEntries(source.system, unlisted, groups, taxonomy).join('\n');
	return report;
}
