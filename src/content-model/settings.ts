import { findDataFile, readDataFile } from './data-file.ts';
import { ContentError } from './errors.ts';
import { contentLayout, contentPath, resolveContentDir } from './paths.ts';
import { type TryblockConfig, tryblockConfigSchema } from './schemas/config.ts';
import { type Taxonomy, taxonomySchema } from './schemas/taxonomy.ts';

/** Reads and validates `content/taxonomy.yaml` (or .yml/.json). */
export function loadTaxonomy(contentDir = resolveContentDir()): Taxonomy {
	const file = findDataFile(contentDir, contentLayout.taxonomy);
	if (!file) {
		throw new ContentError([
			{
				file: contentPath('taxonomy', contentDir),
				message: 'not found: the taxonomy of ticket categories and product areas is required',
				hint: 'create it with `categories:` and `productAreas:` lists of {id, label, description}',
			},
		]);
	}
	return readDataFile(file, taxonomySchema);
}

/** Reads and validates `content/tryblock.yaml` (or .yml/.json). */
export function loadConfig(contentDir = resolveContentDir()): TryblockConfig {
	const file = findDataFile(contentDir, contentLayout.config);
	if (!file) {
		throw new ContentError([
			{
				file: contentPath('config', contentDir),
				message: 'not found: the help-center settings are required',
				hint: 'create it with at least a `site:` section (name, productName, tagline, url, supportUrl, ticketUrlTemplate)',
			},
		]);
	}
	return readDataFile(file, tryblockConfigSchema);
}
