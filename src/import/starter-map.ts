import { plainLine } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { groupName, groupTypes, type ImportMap, resolveMapping } from './map.ts';
import type { GroupType, SourceGroup, SourceSystem } from './sources/types.ts';

/** A product area whose id or label is the group's name, the one guess worth writing down. */
function sameNamedArea(name: string, taxonomy: Taxonomy): string | undefined {
	const wanted = name.trim().toLowerCase();
	return taxonomy.productAreas.find((area) => area.id === wanted || area.label.toLowerCase() === wanted)?.id;
}

function comment(text: string): string {
	return `# ${plainLine(text, 300)}`;
}

export interface GroupCount {
	group: SourceGroup;
	articles: number;
	/**
	 * The source's lists do not describe the group, though articles name it (a Zendesk
	 * dump of `articles.json` without `sections.json`, a section since deleted): it is
	 * known by its id and the titles of its first articles.
	 */
	undescribed?: { titles: string[] };
}

/** How many of an undescribed group's titles the map's comment shows. */
export const UNDESCRIBED_TITLES = 3;

function described(count: GroupCount, groups: ReadonlyMap<string, SourceGroup>): string {
	const counted = `${count.articles} article${count.articles === 1 ? '' : 's'}`;
	if (!count.undescribed) return `"${groupName(groups, count.group)}" (${counted})`;
	const { titles } = count.undescribed;
	const shown = titles.map((title) => `"${title}"`).join(', ');
	const more = count.articles > titles.length ? ', …' : '';
	const kind = count.group.type.replace(/s$/, '').replaceAll('_', ' ');
	return `${kind} ${count.group.id}, which the source's lists do not describe (${counted}: ${shown}${more})`;
}

/** What the starter map says of a kind of group whose place in the map is not plain from its name. */
const typeNotes: Partial<Record<GroupType, string>> = {
	help_centers: 'used by collections that have no entry; skip: true leaves a whole help center out',
};

/** The map entries for the given groups, as YAML lines under `<system>:`, each with a comment naming it. */
export function groupEntries(
	system: SourceSystem,
	counts: GroupCount[],
	groups: ReadonlyMap<string, SourceGroup>,
	taxonomy: Taxonomy,
): string[] {
	const lines = [`${system}:`];
	for (const type of groupTypes[system]) {
		const ofType = counts.filter((count) => count.group.type === type);
		if (ofType.length === 0) continue;
		lines.push(`  ${type}:${typeNotes[type] ? `   # ${typeNotes[type]}` : ''}`);
		for (const count of ofType) {
			const { group } = count;
			const area = count.undescribed ? undefined : sameNamedArea(group.name, taxonomy);
			const advice = area ? '' : ': choose its product area';
			lines.push(`    ${comment(`${described(count, groups)}${advice}`)}`);
			lines.push(`    ${JSON.stringify(group.id)}: ${area ? `{ productArea: ${area} }` : '{}'}`);
		}
	}
	return lines;
}

/**
 * The map a first `--dry-run` writes: defaults, then one entry per section (or
 * collection, or folder) with its name, filled in only where a product area has
 * the same name. Everything else is left for a person to decide.
 */
export function renderStarterMap(
	system: SourceSystem,
	counts: GroupCount[],
	groups: ReadonlyMap<string, SourceGroup>,
	taxonomy: Taxonomy,
	taxonomyFile = contentPath('taxonomy'),
): string {
	const categories = taxonomy.categories.map((term) => term.id);
	const areas = taxonomy.productAreas.map((term) => term.id);
	const defaultCategory = categories.includes('usability') ? 'usability' : (categories[0] ?? '');
	return [
		'# Import map: which product area (and, if you like, which category) the articles of',
		'# each section of the old help center get. `npm run import -- --dry-run` wrote it;',
		`# edit it, then run the import. Ids come from ${taxonomyFile}:`,
		`#   productArea: ${areas.join(', ')}`,
		`#   category:    ${categories.join(', ')}`,
		'# An entry may also say `skip: true` to leave that section out.',
		'defaults:',
		`  category: ${defaultCategory}      # for articles whose section names no category`,
		`  productArea: ${areas[0] ?? ''}      # for articles whose section is not mapped (the report lists them)`,
		'',
		...(counts.length > 0
			? groupEntries(system, counts, groups, taxonomy)
			: [
					'# The source has no sections (a docs folder: no subfolders), so every article gets the defaults.',
					`${system}: {}`,
				]),
		'',
	].join('\n');
}

/**
 * Groups that have articles but no entry in the map, for the hint after a dry run; not
 * those a group around them places or skips (a sidebar section inside "Channels", when
 * the map gives "Channels" a product area).
 */
export function unlistedGroups(
	map: ImportMap,
	system: SourceSystem,
	counts: GroupCount[],
	groups: ReadonlyMap<string, SourceGroup>,
): GroupCount[] {
	const section = map[system] as Record<GroupType, Record<string, unknown>> | undefined;
	return counts.filter(
		(count) =>
			section?.[count.group.type]?.[count.group.id] === undefined &&
			resolveMapping(map, system, count.group, groups).kind === 'unmapped',
	);
}
