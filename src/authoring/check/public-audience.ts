import path from 'node:path';
import type { LoadedContent } from '../../content-model/content.ts';
import type { ContentProblem } from '../../content-model/errors.ts';
import { attachmentsCheck } from './checks/attachments.ts';
import { importsCheck } from './checks/imports.ts';
import { bodyLinksCheck } from './checks/links.ts';
import { createCheckContext } from './context.ts';
import { issueKinds } from './kinds.ts';
import { runChecks } from './run.ts';

const audienceKinds = new Set<string>([issueKinds.hiddenLink.id, issueKinds.hiddenImport.id]);

/**
 * What `npm run check` says about links, images, attachments and imports in public pages that lead
 * to pages or files customers cannot open, for the public build to stop on. The same
 * checks, run once more: the build and `check` cannot disagree.
 */
export function publicAudienceProblems(content: LoadedContent, root: string): ContentProblem[] {
	const context = createCheckContext(content, { publicDir: path.join(root, 'public'), today: new Date() });
	return runChecks(context, [bodyLinksCheck, importsCheck, attachmentsCheck])
		.filter((issue) => audienceKinds.has(issue.kind.id))
		.map((issue) => ({
			file: issue.file,
			line: issue.line,
			column: issue.column,
			field: issue.field,
			message: issue.message,
			hint: issue.hint,
		}));
}
