/**
 * Whether Hugo built a page, read from its front matter and what its sections cascade
 * to it, as `hugo` (without --buildFuture, --buildExpired or --buildDrafts) decides:
 * a page whose publish date is still to come, or whose expiry date has passed, is left
 * out of the site; a page whose build options say `render: never` (or `link`, or the
 * old `_build: { render: false }`), or a headless bundle (`headless: true`), is never
 * rendered as a page of its own, while one that says `list: never` is rendered but in
 * no list, menu or search built from the site's pages.
 */

/** What the site's configuration says about building pages it would leave out. */
export interface HugoBuildSettings {
	/** `buildFuture: true`: pages with a publish date to come were built. */
	buildFuture: boolean;
	/** `buildExpired: true`: expired pages were built. */
	buildExpired: boolean;
}

/** A section's `cascade` (from its `_index.md`), with the file that sets it, for the report. */
export interface HugoCascade {
	from: string;
	values: Record<string, unknown>;
}

export type HugoPublishing =
	/** Never rendered as a page: no address, shown (if at all) inside other pages. */
	| { kind: 'unrendered'; setting: string }
	/** Its publish date was still to come: Hugo would have published it on that date. */
	| { kind: 'scheduled'; date: string; field: string }
	/** Its expiry date had passed: Hugo had taken it off the site. */
	| { kind: 'expired'; date: string; field: string }
	/** Rendered, but listed in no page collection (menus, section lists, search built from them). */
	| { kind: 'unlisted'; setting: string };

/** Hugo's default front matter keys for a page's publish and expiry dates, first found first. */
const PUBLISH_DATE_KEYS = ['publishdate', 'pubdate', 'published', 'date'];
const EXPIRY_DATE_KEYS = ['expirydate', 'unpublishdate'];

/** A front matter value by key in any letter case, as Hugo reads keys (`publishDate`, `PublishDate`). */
export function entryOf(data: Record<string, unknown>, key: string): { key: string; value: unknown } | undefined {
	const found = Object.keys(data).find((name) => name.toLowerCase() === key);
	return found === undefined ? undefined : { key: found, value: data[found] };
}

/**
 * A front matter date as Hugo reads it: a date (`2031-04-01`, at midnight UTC, the
 * default time zone), a date and time (`2031-04-01T09:30:00`, UTC unless it names its
 * zone, `2031-04-01T09:30:00+02:00`), or a date a YAML or TOML parser already made one.
 */
export function hugoDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
	if (!match) return undefined;
	const zone = match[3] ? match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z';
	const date = new Date(`${match[1]}T${match[2] ?? '00:00:00'}${zone}`);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The first of the keys that holds a date, with its key as written and the date as written. */
function firstDate(data: Record<string, unknown>, keys: readonly string[]) {
	for (const key of keys) {
		const found = entryOf(data, key);
		const date = found && hugoDate(found.value);
		if (found && date) {
			const written = found.value instanceof Date ? found.value.toISOString() : String(found.value).trim();
			return { field: found.key, date, written: written.replace(/T00:00:00(?:\.000)?Z$/, '') };
		}
	}
	return undefined;
}

/** A page's field, else the nearest cascade's (a section's `cascade` yields to what a page sets itself). */
function field(
	data: Record<string, unknown>,
	cascades: readonly HugoCascade[],
	key: string,
): { value: unknown; written: string; cascadedBy?: string } | undefined {
	const own = entryOf(data, key);
	if (own !== undefined) return { value: own.value, written: own.key };
	for (const cascade of cascades) {
		const found = entryOf(cascade.values, key);
		if (found !== undefined) return { value: found.value, written: found.key, cascadedBy: cascade.from };
	}
	return undefined;
}

/** A setting as the report names it: `build.render: never`, with the section that cascades it. */
function settingText(found: { written: string; cascadedBy?: string }, option: string, value: string): string {
	const name = option ? `${found.written}.${option}` : found.written;
	return `${name}: ${value}${found.cascadedBy ? `, cascaded by ${found.cascadedBy}` : ''}`;
}

/** A build option (`render`, `list`) as a word: the old `_build`'s booleans read as `always` and `never`. */
function buildOption(build: unknown, key: 'render' | 'list'): string | undefined {
	if (build === null || typeof build !== 'object' || Array.isArray(build)) return undefined;
	const found = entryOf(build as Record<string, unknown>, key);
	if (found === undefined) return undefined;
	if (typeof found.value === 'boolean') return found.value ? 'always' : 'never';
	return typeof found.value === 'string' ? found.value.trim().toLowerCase() : undefined;
}

/** A build option as the front matter writes it (`never`, the old `false`). */
function written(build: unknown, key: 'render' | 'list'): string {
	return String(entryOf(build as Record<string, unknown>, key)?.value);
}

/**
 * The sections' `cascade` values that reach every page under them: a `cascade` map, or a
 * list of them. An entry with a `target` (or the older `_target`) names the pages it is
 * for by path, kind or environment, which is not read here: such an entry is left out.
 */
export function cascadeValues(data: Record<string, unknown>): Record<string, unknown> | undefined {
	const cascade = entryOf(data, 'cascade')?.value;
	const entries = Array.isArray(cascade) ? cascade : [cascade];
	const values: Record<string, unknown> = {};
	for (const entry of entries) {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
		const record = entry as Record<string, unknown>;
		if (entryOf(record, 'target') !== undefined || entryOf(record, '_target') !== undefined) continue;
		for (const [key, value] of Object.entries(record)) if (!(key in values)) values[key] = value;
	}
	return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * Whether and how Hugo left a page out of its site, at `now`: `cascades` are the
 * `cascade` values of the page itself and of the sections around it, nearest first.
 */
export function hugoPublishing(
	data: Record<string, unknown>,
	cascades: readonly HugoCascade[],
	site: HugoBuildSettings,
	now: Date,
): HugoPublishing | undefined {
	const headless = field(data, cascades, 'headless');
	if (headless?.value === true) return { kind: 'unrendered', setting: settingText(headless, '', 'true') };
	for (const key of ['build', '_build']) {
		const build = field(data, cascades, key);
		const render = buildOption(build?.value, 'render');
		if (build && (render === 'never' || render === 'link'))
			return { kind: 'unrendered', setting: settingText(build, 'render', written(build.value, 'render')) };
	}
	if (!site.buildFuture) {
		const publish = firstDate(data, PUBLISH_DATE_KEYS);
		if (publish && publish.date.getTime() > now.getTime())
			return { kind: 'scheduled', date: publish.written, field: publish.field };
	}
	if (!site.buildExpired) {
		const expiry = firstDate(data, EXPIRY_DATE_KEYS);
		if (expiry && expiry.date.getTime() <= now.getTime())
			return { kind: 'expired', date: expiry.written, field: expiry.field };
	}
	for (const key of ['build', '_build']) {
		const build = field(data, cascades, key);
		if (build && buildOption(build.value, 'list') === 'never')
			return { kind: 'unlisted', setting: settingText(build, 'list', written(build.value, 'list')) };
	}
	return undefined;
}
