// Jira Service Management on Jira Cloud, through the enhanced JQL search (POST
// /rest/api/3/search/jql: `jql`, `fields`, `maxResults`, and the `nextPageToken` each
// page hands on, absent on the last). A request is closed when its status is in the
// Done category (`statusCategory = Done`: Resolved, Closed, Done, Canceled...); the
// first pull searches those, later ones every issue updated since the last pull, so a
// reopened request leaves the cache. JQL reads a time in the account's own time zone
// (GET /rest/api/3/myself), so the time asked for is written in that zone. Custom fields are
// `customfield_<id>` (a select's `{ value }`, a list of them, text), listed by GET
// /rest/api/3/field; `components` and `labels` are fields too. The comments come in
// the same page; a comment is the team's when someone other than the reporter wrote
// it and it is not internal (`jsdPublic: false`). Its body is Atlassian Document
// Format, whose links are `href`s in its JSON. Deleted issues cannot be listed.
import { z } from 'astro/zod';
import type { JiraSource } from '../config.ts';
import {
	checkMappedFields,
	createMappedColumns,
	createReplyScanner,
	isoTime,
	mapLimit,
	mappedFields,
	mergeArticles,
} from './mapping.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

const maxPerPage = 100;

const commentSchema = z.object({
	author: z.object({ accountId: z.string().nullish() }).nullish(),
	body: z.unknown(),
	jsdPublic: z.boolean().nullish(),
});
type JiraComment = z.output<typeof commentSchema>;

const commentPageSchema = z.object({
	comments: z.array(commentSchema),
	total: z.number().nullish(),
	startAt: z.number().nullish(),
});

const issueSchema = z.object({
	id: z.string(),
	key: z.string(),
	fields: z.looseObject({
		summary: z.string().nullish(),
		status: z
			.object({
				name: z.string().nullish(),
				statusCategory: z.object({ key: z.string().nullish() }).nullish(),
			})
			.nullish(),
		resolutiondate: z.string().nullish(),
		updated: z.string().nullish(),
		reporter: z.object({ accountId: z.string().nullish() }).nullish(),
		labels: z.array(z.string()).nullish(),
		comment: commentPageSchema.nullish(),
	}),
});
type JiraIssue = z.output<typeof issueSchema>;

const searchSchema = z.object({
	issues: z.array(issueSchema),
	nextPageToken: z.string().nullish(),
	isLast: z.boolean().nullish(),
});

const fieldsSchema = z.array(z.object({ id: z.string(), name: z.string().nullish() }));
const myselfSchema = z.object({ timeZone: z.string().nullish() });

const positionSchema = z.strictObject({
	/** The search, fixed when the pull starts so a page token always goes with its own query. */
	jql: z.string(),
	nextPageToken: z.string().optional(),
	startedAt: z.number().int(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.number().int() });

/** Search can lag behind writes; the next pull looks back this far. */
const overlapMs = 15 * 60 * 1000;

export function jiraBaseUrl(source: JiraSource): string {
	return source.baseUrl ?? `https://${source.site}.atlassian.net`;
}

/** A field's value as text: a select's `value`, a component's `name`, a list of them, or text. */
function fieldText(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(fieldText);
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		return record.value ?? record.name ?? record.displayName;
	}
	return value;
}

/** Jira writes offsets without a colon (`+0100`), which not every reader takes. */
function jiraTime(value: string | null | undefined): string {
	if (!value) return '';
	const time = Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
	return Number.isNaN(time) ? isoTime(value) : new Date(time).toISOString();
}

/**
 * A JQL time literal for `ms`, as the account reads it: the wall-clock minute in its
 * time zone (JQL has no offsets), floored so the instant it names is never later. A
 * zone this runtime does not know is taken as the earliest wall clock on Earth could
 * mean (UTC less fourteen hours), so nothing is missed.
 */
export function jqlTime(ms: number, timeZone: string): string {
	let zone = timeZone;
	let at = ms;
	try {
		new Intl.DateTimeFormat('en', { timeZone });
	} catch {
		zone = 'UTC';
		at = ms - 14 * 3_600_000;
	}
	return `"${wallClock(at, zone)}"`;
}

/** The wall-clock minute of an instant in a time zone, as JQL writes it: `2026-03-14 11:45`. */
export function wallClock(ms: number, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		})
			.formatToParts(ms)
			.map((part) => [part.type, part.value]),
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A JQL string literal: the value quoted, with its quotes and backslashes escaped. */
function jqlString(value: string): string {
	return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

export function createJiraSource(source: JiraSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const perPage = Math.min(source.pageSize ?? maxPerPage, maxPerPage);
	let timeZone = 'UTC';
	const mappedIds = [source.category, source.productArea, source.articles].flatMap((mapping) =>
		mapping?.field ? [mapping.field] : [],
	);
	const fields = [
		...new Set([
			'summary',
			'status',
			'resolutiondate',
			'updated',
			'reporter',
			'labels',
			...(source.replies ? ['comment'] : []),
			...mappedIds,
		]),
	];

	const mappedColumns = createMappedColumns(source, {
		tags: (issue: JiraIssue) => issue.fields.labels ?? [],
		field: (issue, mapping) => fieldText(issue.fields[mapping.field as string]),
	});

	function toTicket(issue: JiraIssue): PulledTicket {
		const { category, productArea, articles } = mappedColumns(issue);
		return {
			id: issue.key,
			status: (issue.fields.status?.name ?? '').toLowerCase(),
			closed: issue.fields.status?.statusCategory?.key === 'done',
			category,
			productArea,
			closedAt: jiraTime(issue.fields.resolutiondate ?? issue.fields.updated),
			articles,
			requester: issue.fields.reporter?.accountId ?? '',
			subject: issue.fields.summary ?? '',
		};
	}

	/** Every comment of an issue: the page's, and the rest when the search cut them short. */
	async function commentsOf(issue: JiraIssue): Promise<JiraComment[]> {
		const first = issue.fields.comment;
		const comments = [...(first?.comments ?? [])];
		const total = first?.total ?? comments.length;
		while (comments.length < total) {
			const page = await client.json(
				{
					method: 'GET',
					url: `/rest/api/3/issue/${encodeURIComponent(issue.key)}/comment?startAt=${comments.length}&maxResults=100`,
				},
				commentPageSchema,
			);
			if (page.comments.length === 0) break;
			comments.push(...page.comments);
		}
		return comments;
	}

	async function replyArticles(issue: JiraIssue): Promise<string[]> {
		const reporter = issue.fields.reporter?.accountId;
		const team = (await commentsOf(issue)).filter(
			(comment) => comment.jsdPublic !== false && (comment.author?.accountId ?? '') !== (reporter ?? ''),
		);
		return mergeArticles(...team.map((comment) => scanReplies(JSON.stringify(comment.body ?? ''))));
	}

	function jqlFor(since: number | undefined): string {
		const clauses: string[] = [];
		if (source.projects) clauses.push(`project in (${source.projects.map(jqlString).join(', ')})`);
		if (since !== undefined) {
			clauses.push(`updated >= ${jqlTime(since, timeZone)}`);
		} else {
			clauses.push('statusCategory = Done');
			if (source.startDate) clauses.push(`updated >= ${jqlString(source.startDate)}`);
		}
		return `${clauses.join(' AND ')} ORDER BY updated ASC`;
	}

	return {
		vendor: 'Jira',
		positionSchema,
		resumeSchema,
		async prepare() {
			const myself = await client.json({ method: 'GET', url: '/rest/api/3/myself' }, myselfSchema);
			timeZone = myself.timeZone || 'UTC';
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const known = await client.json({ method: 'GET', url: '/rest/api/3/field' }, fieldsSchema);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Jira',
				kind: 'field',
				key: 'field',
				wanted,
				known: known
					.filter((field) => field.id.startsWith('customfield_') || field.id === 'components')
					.map((field) => ({ id: field.id, name: field.name ?? field.id })),
				hint: "use the custom field's id (customfield_ and the number in its settings' address), `components`, or map labels with `labelPrefix`",
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.getTime();
			return { jql: jqlFor(parsed.success ? parsed.data.since : undefined), startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const body = await client.json(
				{
					method: 'POST',
					url: '/rest/api/3/search/jql',
					json: {
						jql: position.jql,
						fields,
						maxResults: perPage,
						...(position.nextPageToken ? { nextPageToken: position.nextPageToken } : {}),
					},
				},
				searchSchema,
			);
			const tickets = body.issues.map(toTicket);
			if (source.replies) {
				// The comments a search left out, four issues at a time, as the other sources read replies.
				const closed = body.issues.flatMap((issue, index) => (tickets[index]?.closed ? [{ issue, index }] : []));
				const found = await mapLimit(closed, 4, ({ issue }) => replyArticles(issue));
				for (const [at, { index }] of closed.entries()) {
					const ticket = tickets[index] as PulledTicket;
					ticket.articles = mergeArticles(ticket.articles, found[at] ?? []);
				}
			}
			if (body.nextPageToken && body.isLast !== true && body.issues.length > 0) {
				return { tickets, next: { ...position, nextPageToken: body.nextPageToken } };
			}
			return { tickets, resume: { since: position.startedAt - overlapMs } };
		},
	};
}
