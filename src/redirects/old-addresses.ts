import { normalizeOldPath } from './old-path.ts';

/**
 * A numbered article address of a hosted help center: the number, often followed by
 * the title as it was when the link was copied (Zendesk `/hc/en-us/articles/360001234-Verify-your-domain`,
 * Intercom `/en/articles/8801-set-up-webhooks`, Help Scout Docs `/article/12-verify-your-domain`).
 * Both answer to the number alone.
 */
const NUMBERED_ARTICLE = /\/(articles?)\/(\d+)(?:-[^/]*)?$/;

/**
 * The number-only form of a numbered article address (`/hc/en-us/articles/360001234` for
 * `/hc/en-us/articles/360001234-Verify-your-domain`), which names the same article
 * whatever title follows the number; undefined for any other address.
 */
export function numberedArticlePath(path: string): string | undefined {
	const match = NUMBERED_ARTICLE.exec(path);
	return match ? `${path.slice(0, match.index)}/${match[1]}/${match[2]}` : undefined;
}

/** The one form an old address is compared in: stored form, without a trailing slash. */
function addressKey(path: string): string {
	return normalizeOldPath(path).replace(/\/+$/, '');
}

/**
 * The old addresses of `content/redirects.yaml`, for recognising links to the old help
 * center where they are not requests but text: an export's articles cell, a reply
 * in a ticket. Years of tickets link the old help center; after the move they still
 * name an article here.
 */
export class OldAddresses<Target> {
	private readonly byPath = new Map<string, Target>();
	/** Each article number's target; `null` when two old addresses give it different targets. */
	private readonly byNumber = new Map<string, Target | null>();

	constructor(entries: Iterable<readonly [from: string, target: Target]>) {
		for (const [from, target] of entries) {
			const key = addressKey(from);
			if (!this.byPath.has(key)) this.byPath.set(key, target);
			const number = NUMBERED_ARTICLE.exec(key)?.[2];
			if (number === undefined) continue;
			const known = this.byNumber.get(number);
			this.byNumber.set(number, known === undefined || known === target ? target : null);
		}
	}

	get size(): number {
		return this.byPath.size;
	}

	/**
	 * The target of the old address a path names (`/hc/en-us/articles/360001234-Verify-your-domain/`,
	 * encoded or not). A numbered article address also matches by its number when the
	 * title after it has changed since, or the locale differs (`/hc/articles/360001234`,
	 * as the old help center answered it too), unless two targets share the number.
	 */
	lookup(path: string): Target | undefined {
		const key = addressKey(path);
		const exact = this.byPath.get(key);
		if (exact !== undefined) return exact;
		const match = NUMBERED_ARTICLE.exec(key);
		if (!match) return undefined;
		return this.byPath.get(numberedArticlePath(key) as string) ?? this.byNumber.get(match[2] as string) ?? undefined;
	}
}
