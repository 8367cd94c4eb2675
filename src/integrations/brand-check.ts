import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LineCounter, parseDocument } from 'yaml';
import { resolveBrand } from '../brand/assets.ts';
import { findDataFile } from '../content-model/data-file.ts';
import { ContentError } from '../content-model/errors.ts';
import { contentLayout, displayPath, resolveContentDir } from '../content-model/paths.ts';
import { loadConfig } from '../content-model/settings.ts';
import { createLineLookup } from '../content-model/yaml-lines.ts';

/** Line of a dotted settings field in the settings file, when the file is YAML or JSON that says so. */
function settingLines(file: string): (field: string) => number | undefined {
	const lineCounter = new LineCounter();
	const lineOf = createLineLookup(parseDocument(readFileSync(file, 'utf8'), { lineCounter }), lineCounter);
	return (field) => lineOf(field.split('.'));
}

/**
 * Stops the build when a logo or icon the settings name is missing from `public/` or is
 * not the image its extension says, with the settings file, line and field, before a
 * page is written with a broken image.
 */
export function brandCheck(): AstroIntegration {
	return {
		name: 'tryblock:brand',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const contentDir = resolveContentDir();
				const { site } = loadConfig(contentDir);
				const { problems } = resolveBrand(site, fileURLToPath(config.publicDir));
				if (problems.length === 0) return;
				const file = findDataFile(contentDir, contentLayout.config) as string;
				const lineOf = settingLines(file);
				throw new ContentError(
					problems.map((problem) => ({
						file: displayPath(file),
						line: lineOf(problem.field),
						field: problem.field,
						message: problem.message,
						...(problem.hint ? { hint: problem.hint } : {}),
					})),
				);
			},
		},
	};
}
