import { plainLine } from '../../../cli/untrusted-text.ts';
import { mdxComponentNames } from '../../../markdown/mdx-components.ts';
import { issueKinds } from '../kinds.ts';
import type { Check } from '../types.ts';

const provided = mdxComponentNames.map((name) => `<${name}>`).join(', ');

function message(name: string): string {
	const [root] = name.split('.');
	if (root !== name) return `<${name}> needs ${root}, which this file does not import, so the build fails on this page`;
	return `<${name}> is not a component pages are given (${provided}) and is not imported in this file, so the build fails on this page`;
}

/**
 * MDX parses `<Note>` or `<Tabs>` (components of other docs tools, common after an
 * import) like any tag, but the page only renders the components it is given
 * (src/markdown/mdx-components.ts) and those the file imports: the build stops at the
 * first page that uses another. This check reports every such tag, from the same parse
 * as the MDX check.
 */
export const componentsCheck: Check = {
	name: 'MDX components',
	run(context, report) {
		for (const entry of context.entries) {
			if (!entry.file.endsWith('.mdx')) continue;
			for (const use of context.mdx(entry).components) {
				report({
					kind: issueKinds.mdxComponent,
					file: entry.file,
					line: entry.bodyLine + use.line - 1,
					column: use.column,
					message: plainLine(message(use.name), 300),
					hint: 'use <Aside> for a callout, or import the component at the top of the file',
				});
			}
		}
	},
};
