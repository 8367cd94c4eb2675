import type { IssueKind } from './types.ts';

/** Every kind of issue, in the order the summary lists them. */
export const issueKinds = {
	frontmatter: { id: 'frontmatter', title: 'frontmatter problem(s)', severity: 'error', sortOrder: 10 },
	mdx: { id: 'mdx', title: 'page(s) MDX cannot compile', severity: 'error', sortOrder: 15 },
	mdxComponent: {
		id: 'mdx-component',
		title: 'MDX component(s) the pages do not provide',
		severity: 'error',
		sortOrder: 16,
	},
	brokenLink: { id: 'broken-link', title: 'broken link(s)', severity: 'error', sortOrder: 20 },
	unsafeAddress: {
		id: 'unsafe-address',
		title: 'link(s) or picture(s) whose address runs code',
		severity: 'error',
		sortOrder: 22,
	},
	missingAnchor: { id: 'missing-anchor', title: 'link(s) to a missing heading', severity: 'error', sortOrder: 30 },
	missingImage: { id: 'missing-image', title: 'missing image(s)', severity: 'error', sortOrder: 40 },
	attachment: { id: 'attachment', title: 'attachment problem(s)', severity: 'error', sortOrder: 45 },
	hiddenLink: {
		id: 'hidden-link',
		title: 'public link(s) to pages customers cannot open',
		severity: 'error',
		sortOrder: 50,
	},
	hiddenImport: {
		id: 'hidden-import',
		title: 'public import(s) of content customers cannot open',
		severity: 'error',
		sortOrder: 55,
	},
	redirect: { id: 'redirect', title: 'redirect problem(s)', severity: 'error', sortOrder: 58 },
	duplicateTitle: { id: 'duplicate-title', title: 'duplicate title(s)', severity: 'error', sortOrder: 60 },
	emptyBody: { id: 'empty-body', title: 'page(s) with nothing under the title', severity: 'error', sortOrder: 65 },
	unfinished: { id: 'unfinished', title: 'template text(s) left in', severity: 'error', sortOrder: 70 },
	editorSchema: { id: 'editor-schema', title: 'out-of-date editor schema(s)', severity: 'error', sortOrder: 80 },
	headingLevel: {
		id: 'heading-level',
		title: 'heading(s) skipping a level',
		severity: 'warning',
		sortOrder: 85,
	},
	imageAlt: {
		id: 'image-alt',
		title: 'picture(s) without alt text',
		severity: 'warning',
		sortOrder: 87,
	},
	reviewAge: { id: 'review-age', title: 'page(s) past review age', severity: 'warning', sortOrder: 90 },
} as const satisfies Record<string, IssueKind>;
