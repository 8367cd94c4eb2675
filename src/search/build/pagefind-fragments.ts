import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The parts of a Pagefind page fragment the vocabulary reads. */
export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	anchors?: { text?: string }[];
}

/** Pagefind prefixes decompressed fragments with this signature. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Every page fragment of a written Pagefind index: the text, title and metadata of each
 * page the index holds, exactly as the build published them. An index of no pages (a
 * help center before its first article) has no fragment folder at all.
 */
export function readPagefindFragments(pagefindDir: string): PagefindFragment[] {
	const dir = path.join(pagefindDir, 'fragment');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.pf_fragment'))
		.sort()
		.map((name) => {
			const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
			return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as PagefindFragment;
		});
}

/** A page's words as the vocabulary reads them: its body, metadata (title, aliases...) and headings. */
export function fragmentText(fragment: PagefindFragment): string {
	return [
		fragment.content,
		...Object.values(fragment.meta ?? {}),
		...(fragment.anchors ?? []).map((anchor) => anchor.text ?? ''),
	].join(' ');
}
