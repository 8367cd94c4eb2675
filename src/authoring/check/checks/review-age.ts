import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Pages not reviewed within `insights.staleAfterDays` (content/tryblock.yaml) get a warning. */
export const reviewAgeCheck: Check = {
	name: 'review age',
	run(context, report) {
		const today = Date.UTC(context.today.getFullYear(), context.today.getMonth(), context.today.getDate());
		for (const entry of context.entries) {
			const updated = entry.data.updated;
			const days = Math.floor((today - updated.getTime()) / DAY);
			if (days <= context.staleAfterDays) continue;
			report({
				kind: issueKinds.reviewAge,
				file: entry.file,
				line: entry.lineOf(['updated']) ?? 1,
				column: 1,
				field: 'updated',
				message: `last reviewed ${updated.toISOString().slice(0, 10)}, ${days} days ago (the limit is ${context.staleAfterDays})`,
				hint: 'check the page still holds, fix what changed, then set updated to today',
			});
		}
	},
};
