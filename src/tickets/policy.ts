import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { findDataFile } from '../content-model/data-file.ts';
import { ContentError, type ContentProblem } from '../content-model/errors.ts';
import { contentLayout, contentPath, displayPath } from '../content-model/paths.ts';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';
import { createLineLookup } from '../content-model/yaml-lines.ts';
import type { CoverageConfig, Waiver } from './coverage-config.ts';

/** A waiver with the taxonomy indexes it targets. */
export interface ResolvedWaiver {
	/** Position in `coverage.waivers`. */
	index: number;
	waiver: Waiver;
	category: number;
	productArea: number;
	/** Line of the waiver in the config file, when known. */
	line?: number;
	expired: boolean;
}

/** The coverage policy checked against the taxonomy: minimum per category and the waivers. */
export interface CoveragePolicy {
	/** Minimum link rate per category index. */
	minLinkRate: number[];
	waivers: ResolvedWaiver[];
	/** Config file as shown in messages. */
	configFile: string;
}

function configLines(contentDir: string): { file: string; lineOf: (path: PropertyKey[]) => number | undefined } {
	const file = findDataFile(contentDir, contentLayout.config);
	if (!file) return { file: contentPath('config', contentDir), lineOf: () => undefined };
	const lineCounter = new LineCounter();
	const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
	return { file: displayPath(file), lineOf: createLineLookup(document, lineCounter) };
}

/**
 * Checks the ids in `coverage.categories` and the waivers against the taxonomy
 * (the config schema cannot know it) and decides which waivers have expired as of
 * `today` (YYYY-MM-DD): a waiver applies through its `expires` day. Unknown ids make
 * the config unusable: a `ContentError` with the file, line and field.
 */
export function resolvePolicy(
	coverage: CoverageConfig,
	taxonomy: Taxonomy,
	options: { contentDir: string; today: string },
): CoveragePolicy {
	const { file, lineOf } = configLines(options.contentDir);
	const problems: ContentProblem[] = [];
	const categoryIds = taxonomy.categories.map((term) => term.id);
	const areaIds = taxonomy.productAreas.map((term) => term.id);
	const check = (value: string, ids: string[], at: (string | number)[], kind: string) => {
		const index = ids.indexOf(value);
		if (index === -1) {
			problems.push({
				file,
				line: lineOf(at),
				field: at.join('.'),
				message: `expected a ${kind} id from the taxonomy (${ids.join(', ')}), received "${value}"`,
			});
		}
		return index;
	};
	for (const id of Object.keys(coverage.categories)) check(id, categoryIds, ['coverage', 'categories', id], 'category');
	const waivers = coverage.waivers.map((waiver, index): ResolvedWaiver => {
		const at = ['coverage', 'waivers', index];
		return {
			index,
			waiver,
			category:
				waiver.category === undefined ? -1 : check(waiver.category, categoryIds, [...at, 'category'], 'category'),
			productArea:
				waiver.productArea === undefined
					? -1
					: check(waiver.productArea, areaIds, [...at, 'productArea'], 'product area'),
			line: lineOf(at),
			expired: options.today > waiver.expires,
		};
	});
	if (problems.length > 0) throw new ContentError(problems);
	return {
		minLinkRate: categoryIds.map((id) => coverage.categories[id]?.minLinkRate ?? coverage.minLinkRate),
		waivers,
		configFile: file,
	};
}

/** Whether `linked` of `closed` tickets meets a minimum link rate (no closed tickets: nothing to cover). */
export function meetsMinimum(linked: number, closed: number, minLinkRate: number): boolean {
	return closed === 0 || linked >= Math.ceil(minLinkRate * closed - 1e-9);
}

/** Link rate rounded to 4 decimals, so the JSON report is stable; null without closed tickets. */
export function linkRate(linked: number, closed: number): number | null {
	return closed === 0 ? null : Math.round((linked / closed) * 10_000) / 10_000;
}
