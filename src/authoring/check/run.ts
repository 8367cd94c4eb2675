import { attachmentsCheck } from './checks/attachments.ts';
import { componentsCheck } from './checks/components.ts';
import { emptyBodyCheck } from './checks/empty-body.ts';
import { frontmatterCheck, relatedAudienceCheck } from './checks/frontmatter.ts';
import { headingLevelsCheck } from './checks/heading-levels.ts';
import { imageAltCheck } from './checks/image-alt.ts';
import { imagesCheck } from './checks/images.ts';
import { importsCheck } from './checks/imports.ts';
import { bodyLinksCheck } from './checks/links.ts';
import { mdxCheck } from './checks/mdx.ts';
import { redirectsCheck } from './checks/redirects.ts';
import { reviewAgeCheck } from './checks/review-age.ts';
import { duplicateTitlesCheck } from './checks/titles.ts';
import { unfinishedCheck } from './checks/unfinished.ts';
import { unsafeAddressesCheck } from './checks/unsafe-addresses.ts';
import type { Check, CheckContext, Issue } from './types.ts';

/** Every content rule `npm run check` runs, in one pass over the content. */
export const defaultChecks: readonly Check[] = [
	frontmatterCheck,
	mdxCheck,
	componentsCheck,
	bodyLinksCheck,
	unsafeAddressesCheck,
	relatedAudienceCheck,
	importsCheck,
	imagesCheck,
	attachmentsCheck,
	redirectsCheck,
	duplicateTitlesCheck,
	emptyBodyCheck,
	unfinishedCheck,
	headingLevelsCheck,
	imageAltCheck,
	reviewAgeCheck,
];

/** Orders issues the way an author fixes them: file by file, top to bottom. */
export function compareIssues(a: Issue, b: Issue): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line || a.column - b.column || a.kind.sortOrder - b.kind.sortOrder;
}

export function runChecks(context: CheckContext, checks: readonly Check[] = defaultChecks): Issue[] {
	const issues: Issue[] = [];
	for (const check of checks) check.run(context, (issue) => issues.push(issue));
	return issues.sort(compareIssues);
}
