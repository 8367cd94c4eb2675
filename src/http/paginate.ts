import { plainLine } from '../cli/untrusted-text.ts';
import { ServiceError } from './errors.ts';

/** One page as a caller's `fetchPage` returns it: whatever it holds, and where the next one is. */
export interface Paged<Position> {
	/** Where the next page is; undefined on the last one. */
	next?: Position;
}

/** Positions remembered to catch a service that leads back to a page it already gave. */
const remembered = 1000;

/**
 * Every page from `start` on, as an async iterator (Octokit's `paginate.iterator`):
 * the caller stays a plain `for await` loop while the client underneath retries,
 * waits out rate limits and validates each response. Positions are plain JSON (a
 * cursor, a URL, a page number with filters), so a caller can save the next one
 * with each page and start from it again after an interruption. A service that
 * leads back to a position it already gave would loop forever: that stops here.
 */
export async function* paginate<Position, Page extends Paged<Position>>(
	start: Position,
	fetchPage: (position: Position) => Promise<Page>,
	options: { service: string },
): AsyncGenerator<Page> {
	const seen = new Set<string>();
	let position: Position | undefined = start;
	while (position !== undefined) {
		const key = JSON.stringify(position);
		if (seen.has(key)) {
			throw new ServiceError(`${options.service} answered with the same page position twice (${plainLine(key, 120)})`);
		}
		seen.add(key);
		if (seen.size > remembered) seen.delete(seen.values().next().value as string);
		const page: Page = await fetchPage(position);
		yield page;
		position = page.next;
	}
}
