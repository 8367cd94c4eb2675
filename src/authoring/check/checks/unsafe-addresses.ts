import { quotedExcerpt } from '../../../cli/untrusted-text.ts';
import { unsafeAddressReason } from '../../../text/unsafe-address.ts';
import { issueKinds } from '../kinds.ts';
import { isImageReference } from '../references.ts';
import type { Check } from '../types.ts';

/**
 * No link or picture leads to code (`javascript:`, a `data:` page): one would run with
 * the help center's rights in every reader's browser. Such addresses arrive with pasted
 * ticket text and imported pages; the build already takes them out of every page
 * (src/markdown/rehype-safe-addresses.ts), so this names each one where it is written.
 */
export const unsafeAddressesCheck: Check = {
	name: 'unsafe addresses',
	run(context, report) {
		for (const entry of context.entries) {
			for (const reference of context.scan(entry).references) {
				const reason = unsafeAddressReason(reference.url, { picture: isImageReference(reference) });
				if (!reason) continue;
				report({
					kind: issueKinds.unsafeAddress,
					file: entry.file,
					line: reference.line,
					column: reference.column,
					message: `${quotedExcerpt(reference.url, 60)} is ${reason}, which runs code in the reader's browser: the page shows the ${reference.type === 'image' ? 'picture without it' : 'link’s words without it'}`,
					hint: 'link a web address (https://…), a page of the help center (/articles/<slug>/) or a file beside the page',
				});
			}
		}
	},
};
