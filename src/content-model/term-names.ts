// How a taxonomy term is named in exports and helpdesk fields. Kept apart from the zod
// schema so the worker thread that reads big exports loads no schema library.
import { withoutZeroWidth } from '../text/control-characters.ts';

/**
 * "Success Outreach", "success_outreach" and "SUCCESS-OUTREACH" are all `success-outreach`;
 * so is "Success Outreach" with a zero-width space in it, as a pulled ticket's value is.
 */
export function normalizeTermValue(value: string): string {
	return withoutZeroWidth(value)
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '-');
}

/** Every name an export may give a term: its id, its label and the names the team's helpdesk uses for it. */
export function termNames(term: {
	id: string;
	label: string;
	helpdeskValues?: readonly string[] | undefined;
}): string[] {
	return [term.id, term.label, ...(term.helpdeskValues ?? [])];
}
