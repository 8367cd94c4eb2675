import { HelpdeskError } from './http/errors.ts';
import type { SourcePage, TicketSource } from './sources/types.ts';

/**
 * Every page from `start` on, as an async iterator: the pull stays a plain loop while
 * the client underneath retries, waits out rate limits and validates each response.
 * A source that hands back the position it was asked for would loop forever: that stops the pull.
 */
export async function* paginate<Position>(
	source: TicketSource<Position>,
	start: Position,
): AsyncGenerator<SourcePage<Position>> {
	let position: Position | undefined = start;
	while (position !== undefined) {
		const page: SourcePage<Position> = await source.fetchPage(position);
		yield page;
		if (page.next !== undefined && JSON.stringify(page.next) === JSON.stringify(position)) {
			throw new HelpdeskError(
				`${source.vendor} answered with the same page position twice (${JSON.stringify(position).slice(0, 120)})`,
			);
		}
		position = page.next;
	}
}
