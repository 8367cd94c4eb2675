import { z } from 'astro/zod';
import { Document } from 'yaml';

/** The two shapes an answer takes: steps to follow, or a problem to diagnose. */
export const answerKinds = ['how-to', 'troubleshooting'] as const;
export type AnswerKind = (typeof answerKinds)[number];
export type SkeletonKind = AnswerKind | 'runbook';
export type SourceFormat = 'md' | 'mdx';

/**
 * Categories whose tickets report something broken or blocked (it errors, mail is
 * filtered, a policy stopped the sender): their answers start from symptoms. The
 * others (can't see how, can't do it yet, the team reached out) are how-tos.
 */
const troubleshootingCategories = new Set(['reliability', 'deliverability', 'abuse']);

export function inferAnswerKind(category: string | undefined): AnswerKind {
	return category !== undefined && troubleshootingCategories.has(category) ? 'troubleshooting' : 'how-to';
}

/**
 * Every piece of guidance a template leaves for the author starts with this, so
 * `npm run check` can tell a finished article from one with template text left in.
 */
export const GUIDE_PREFIX = 'Write here:';

/** What `description` holds until the author writes one. */
export const descriptionPlaceholders: Record<'article' | 'runbook', string> = {
	article: `${GUIDE_PREFIX} one or two sentences that answer the question; search results show them under the title.`,
	runbook: `${GUIDE_PREFIX} one sentence on when to use this runbook.`,
};

interface Section {
	heading?: string;
	guide: string;
	/** A numbered list, for steps. */
	steps?: boolean;
}

const skeletons: Record<SkeletonKind, Section[]> = {
	'how-to': [
		{ guide: 'the answer in one or two sentences, the way you would tell the customer.' },
		{
			heading: 'Before you start',
			guide: 'what the customer needs first: plan, role, access. Delete this section if nothing.',
		},
		{ heading: 'Steps', guide: 'one action per step, starting with the verb.', steps: true },
		{ heading: 'Check that it worked', guide: 'what the customer sees once it worked.' },
	],
	troubleshooting: [
		{ guide: 'the short answer: the usual cause and its fix, in one or two sentences.' },
		{
			heading: 'Symptoms',
			guide: 'what the customer sees, in their words: error messages, codes, where they show up.',
		},
		{ heading: 'Cause', guide: 'why it happens, in plain words.' },
		{ heading: 'Fix', guide: 'one action per step, starting with the verb.', steps: true },
	],
	runbook: [
		{ guide: 'when to use this runbook, in one sentence.' },
		{ heading: 'Steps', guide: 'what to do, in order: one action per step.', steps: true },
		{ heading: 'Escalate', guide: 'when to hand over, to whom, and what to include.' },
	],
};

/** Section headings of a skeleton, for messages ("symptoms, cause, fix"). */
export function skeletonOutline(kind: SkeletonKind): string {
	return skeletons[kind]
		.flatMap((section) => section.heading ?? [])
		.join(', ')
		.toLowerCase();
}

function comment(text: string, format: SourceFormat): string {
	return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/** The body of a new page: headings that suit the kind of answer, with guidance comments that do not render. */
export function renderBody(kind: SkeletonKind, format: SourceFormat): string {
	return skeletons[kind]
		.map((section) => {
			const guide = comment(`${GUIDE_PREFIX} ${section.guide}`, format);
			const content = section.steps ? `1. ${guide}` : guide;
			return section.heading ? `## ${section.heading}\n\n${content}\n` : `${content}\n`;
		})
		.join('\n');
}

const listFieldCache = new WeakMap<z.ZodObject, Set<string>>();

/** The schema's list fields; computed once per schema, since an import renders a thousand pages with one. */
function listFields(schema: z.ZodObject): Set<string> {
	let fields = listFieldCache.get(schema);
	if (!fields) {
		const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
			properties?: Record<string, { type?: string }>;
		};
		fields = new Set(
			Object.entries(jsonSchema.properties ?? {}).flatMap(([key, field]) => (field.type === 'array' ? [key] : [])),
		);
		listFieldCache.set(schema, fields);
	}
	return fields;
}

/**
 * Frontmatter for a new page, derived from the schema: the fields in the schema's
 * order, with the given values, and every list field present (empty) so authors see
 * where tags, aliases and related articles go.
 */
export function renderFrontmatter(schema: z.ZodObject, values: Record<string, unknown>): string {
	const lists = listFields(schema);
	const ordered: Record<string, unknown> = {};
	for (const key of Object.keys(schema.shape)) {
		if (values[key] !== undefined) ordered[key] = values[key];
		else if (lists.has(key)) ordered[key] = [];
	}
	return new Document(ordered).toString({ lineWidth: 0 });
}
