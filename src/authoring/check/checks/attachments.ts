import { attachmentsOf } from '../../../attachments/collect.ts';
import { isArticleVisible } from '../../../content-model/visibility.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';
import { hiddenReason } from './links.ts';

/**
 * Files pages link beside them (`./verify-your-domain/checklist.pdf`), which the build
 * serves under the page: the file must exist in the page's folder and be a kind the
 * help center serves, and a public article must not publish a file from the folder of
 * a page customers cannot open.
 */
export const attachmentsCheck: Check = {
	name: 'attachments',
	run(context, report) {
		const cache = new Map<string, boolean>();
		for (const entry of context.entries) {
			const isPublic = entry.kind === 'article' && isArticleVisible(entry.data, 'public');
			for (const finding of attachmentsOf(entry, context.scan(entry).references, cache)) {
				const at = { file: entry.file, line: finding.reference.line, column: finding.reference.column };
				if (finding.kind === 'problem') {
					report({ kind: issueKinds.attachment, ...at, message: finding.message, hint: finding.hint });
					continue;
				}
				const folderOwner = finding.folder === undefined ? undefined : context.bySlug.get(finding.folder);
				const hidden = isPublic && folderOwner ? hiddenReason(folderOwner) : undefined;
				if (hidden && folderOwner) {
					report({
						kind: issueKinds.hiddenLink,
						...at,
						message: `public article links ${finding.reference.url}, a file of ${hidden} "${folderOwner.slug}", which customers cannot open`,
						hint: `move the file into ./${entry.slug}/ if customers may have it`,
					});
				}
			}
		}
	},
};
