import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The fields an archive keeping each article a folder and each language a file in it
 * (`refunds/en.md`, `refunds/pt-br.md`) writes once for all the article's languages, in
 * a YAML file of the folder (`refunds/metadata.yml`), as tools that sync such a
 * folder to a hosted help center keep them (any other YAML of the folder, a workflow's, may
 * repeat some): the title and description in the page's
 * language (`titles: { en: … }`, `descriptions: { en: … }`, or `locales: { en: { title,
 * description } }`, else a plain `title` and `description`), and the help center's
 * article number (`intercom_id`, `zendesk_id`, `freshdesk_id`, `helpscout_id`,
 * `article_id` or `id`), as `id`, which the import reads as frontmatter's. Nothing else
 * of the files is read; a field two of the folder's YAML files give differently is left
 * out. Undefined when none gives any.
 */
export function articleFolderFields(folder: string, language: string): Record<string, unknown> | undefined {
	if (!existsSync(folder) || !statSync(folder).isDirectory()) return undefined;
	const found = readdirSync(folder)
		.filter((name) => /\.ya?ml$/i.test(name))
		.sort()
		.map((name) => fieldsOf(path.join(folder, name), language) ?? {});
	// Several files may give a field (a workflow's file repeating the number): one they disagree on is left out.
	const fields: Record<string, unknown> = {};
	const disputed = new Set<string>();
	for (const each of found)
		for (const [key, value] of Object.entries(each)) {
			if (key in fields && String(fields[key]) !== String(value)) disputed.add(key);
			fields[key] = value;
		}
	for (const key of disputed) delete fields[key];
	return Object.keys(fields).length > 0 ? fields : undefined;
}

/** The article's fields one YAML file gives in `language`, undefined when it does not read as a mapping. */
function fieldsOf(file: string, language: string): Record<string, unknown> | undefined {
	let fields: unknown;
	try {
		fields = parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
	if (!isMapping(fields)) return undefined;
	const inLanguage = (map: unknown): unknown => {
		if (!isMapping(map)) return undefined;
		const key = Object.keys(map).find((each) => each.toLowerCase() === language.toLowerCase());
		return key === undefined ? undefined : map[key];
	};
	const own = inLanguage(fields.locales);
	const words = (field: 'title' | 'description', plural: string) => {
		const value = inLanguage(fields[plural]) ?? (isMapping(own) ? own[field] : undefined) ?? fields[field];
		return typeof value === 'string' && value.trim() !== '' ? { [field]: value.trim() } : {};
	};
	const numberField = ['intercom_id', 'zendesk_id', 'freshdesk_id', 'helpscout_id', 'article_id', 'id'].find(
		(field) => typeof fields[field] === 'number' || typeof fields[field] === 'string',
	);
	return {
		...words('title', 'titles'),
		...words('description', 'descriptions'),
		...(numberField ? { id: fields[numberField] } : {}),
	};
}

function isMapping(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
