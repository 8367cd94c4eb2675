import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../../content-model/paths.ts';
import { issueKinds } from '../kinds.ts';
import { isExternal, isImageReference } from '../references.ts';
import type { Check } from '../types.ts';

/**
 * Images must exist: root-relative ones (`/images/x.png`) in the site's public
 * folder, relative ones next to the page's file, where Astro looks for them.
 */
export const imagesCheck: Check = {
	name: 'images',
	run(context, report) {
		const exists = new Map<string, boolean>();
		for (const entry of context.entries) {
			for (const reference of context.scan(entry).references) {
				if (!isImageReference(reference) || isExternal(reference.url)) continue;
				let target = reference.url.split(/[?#]/)[0] ?? '';
				try {
					target = decodeURI(target);
				} catch {
					// Keep it as written.
				}
				if (target === '') continue;
				const rootRelative = target.startsWith('/');
				const file = rootRelative
					? path.join(context.publicDir, target)
					: path.resolve(path.dirname(path.resolve(entry.file)), target);
				if (!exists.has(file)) exists.set(file, existsSync(file));
				if (exists.get(file)) continue;
				report({
					kind: issueKinds.missingImage,
					file: entry.file,
					line: reference.line,
					column: reference.column,
					message: `${reference.url}: no file at ${displayPath(file)}`,
					hint: rootRelative
						? 'root-relative images are served from the public/ folder'
						: 'relative images are read from the folder of the page',
				});
			}
		}
	},
};
