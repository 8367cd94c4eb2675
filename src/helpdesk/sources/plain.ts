// Plain, through its GraphQL API (POST /graphql/v1, "List threads" in Plain's docs):
// `threads(filters, first, after, sortBy)` is a Relay connection (edges, pageInfo with
// hasNextPage and endCursor). The first pull asks for threads with status DONE; later
// ones for threads updated since the last pull (`updatedAt: { after }`), whatever
// their status, so a thread moved back to Todo leaves the cache. Labels carry
// `labelType.name`; thread fields (`threadFields` connection of `{ key, stringValue }`)
// and their schemas (`threadFieldSchemas`) follow team-plain/typescript-sdk's queries.
// The team's messages come from `timelineEntries` (isMessage), in the same request.
import { z } from 'astro/zod';
import type { PlainSource } from '../config.ts';
import { graphqlResponse, graphqlVerdict } from './graphql.ts';
import {
	checkMappedFields,
	createMappedColumns,
	createReplyScanner,
	isoTime,
	mappedFields,
	mergeArticles,
} from './mapping.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

export const plainDefaultBaseUrl = 'https://core-api.uk.plain.com';
const endpoint = '/graphql/v1';

const connection = <Node extends z.ZodType>(node: Node) =>
	z.object({
		edges: z.array(z.object({ node })),
		pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
	});

const threadSchema = z.object({
	id: z.string(),
	status: z.string(),
	title: z.string().nullish(),
	statusChangedAt: z.object({ iso8601: z.string().nullish() }).nullish(),
	customer: z.object({ id: z.string().nullish() }).nullish(),
	labels: z.array(z.object({ labelType: z.object({ name: z.string() }) })).nullish(),
	threadFields: z
		.looseObject({
			edges: z.array(
				z.object({
					node: z.object({
						key: z.string(),
						stringValue: z.string().nullish(),
						booleanValue: z.boolean().nullish(),
					}),
				}),
			),
		})
		.nullish(),
	timelineEntries: z
		.looseObject({
			edges: z.array(
				z.object({
					node: z.object({
						actor: z.object({ __typename: z.string() }).nullish(),
						llmText: z.string().nullish(),
					}),
				}),
			),
		})
		.nullish(),
});
type PlainThread = z.output<typeof threadSchema>;

const threadsResponse = graphqlResponse(z.object({ threads: connection(threadSchema) }));
const schemasResponse = graphqlResponse(
	z.object({ threadFieldSchemas: connection(z.object({ key: z.string(), label: z.string().nullish() })) }),
);

function threadsQuery(replies: boolean): string {
	const timeline = replies
		? 'timelineEntries(first: 25, filters: { isMessage: true }) { edges { node { actor { __typename } llmText } } }'
		: '';
	return `query tryblockThreads($filters: ThreadsFilter, $first: Int, $after: String) {
  threads(filters: $filters, first: $first, after: $after, sortBy: { field: CREATED_AT, direction: ASC }) {
    edges { node {
      id status title
      statusChangedAt { iso8601 }
      customer { id }
      labels { labelType { name } }
      threadFields(first: 50) { edges { node { key stringValue booleanValue } } }
      ${timeline}
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

const schemasQuery = `query tryblockThreadFieldSchemas($first: Int, $after: String) {
  threadFieldSchemas(first: $first, after: $after) {
    edges { node { key label } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const positionSchema = z.strictObject({
	/** Changes since this time; absent on a first pull, which reads the threads marked done. */
	since: z.string().optional(),
	after: z.string().optional(),
	startedAt: z.string(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.string() });

/** Changes that land while a pull runs are asked for again by the next one. */
const overlapMs = 10 * 60 * 1000;

/** Actors whose messages are the team's: people and machine users (bots, AI agents). */
const teamActors = new Set(['UserActor', 'MachineUserActor']);

export function createPlainSource(source: PlainSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const query = threadsQuery(source.replies);
	const first = source.pageSize ?? 50;

	const fieldsOf = (thread: PlainThread) =>
		new Map(
			(thread.threadFields?.edges ?? []).map(({ node }) => [node.key, node.stringValue ?? node.booleanValue ?? null]),
		);
	const labelsOf = (thread: PlainThread) => (thread.labels ?? []).map((label) => label.labelType.name);

	const mappedColumns = createMappedColumns(source, {
		tags: labelsOf,
		field: (thread, mapping) => fieldsOf(thread).get(mapping.field as string),
	});

	function toTicket(thread: PlainThread): PulledTicket {
		const status = thread.status.toLowerCase();
		const { category, productArea, articles } = mappedColumns(thread);
		const replies = (thread.timelineEntries?.edges ?? [])
			.filter(({ node }) => teamActors.has(node.actor?.__typename ?? ''))
			.map(({ node }) => scanReplies(node.llmText ?? ''));
		return {
			id: thread.id,
			status,
			closed: status === 'done',
			category,
			productArea,
			closedAt: isoTime(thread.statusChangedAt?.iso8601),
			articles: mergeArticles(articles, ...replies),
			requester: thread.customer?.id ?? '',
			subject: thread.title ?? '',
		};
	}

	async function graphql<Schema extends typeof threadsResponse | typeof schemasResponse>(
		schema: Schema,
		body: { query: string; variables: Record<string, unknown> },
	): Promise<z.output<Schema>> {
		const request = { method: 'POST' as const, url: endpoint, json: body };
		const label = client.labelOf(request);
		const check = (response: z.output<typeof threadsResponse> | z.output<typeof schemasResponse>) =>
			graphqlVerdict(response, { vendor: 'Plain', label, client });
		return (await client.json(
			request,
			schema as z.ZodType,
			check as (data: unknown) => ReturnType<typeof check>,
		)) as z.output<Schema>;
	}

	return {
		vendor: 'Plain',
		positionSchema,
		resumeSchema,
		async prepare() {
			const wanted = mappedFields(source, 'field');
			if (wanted.length === 0) return;
			const known: { id: string; name: string }[] = [];
			let after: string | undefined;
			for (let page = 0; page < 20; page++) {
				const body = await graphql(schemasResponse, { query: schemasQuery, variables: { first: 100, after } });
				const schemas = body.data?.threadFieldSchemas;
				for (const { node } of schemas?.edges ?? []) known.push({ id: node.key, name: node.key });
				if (!schemas?.pageInfo.hasNextPage || !schemas.pageInfo.endCursor) break;
				after = schemas.pageInfo.endCursor;
			}
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'Plain',
				kind: 'thread field',
				key: 'field',
				wanted,
				known,
				hint: 'use the key of the thread field (Settings > Thread fields), or map labels with `labelPrefix`',
			});
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.toISOString();
			return parsed.success ? { since: parsed.data.since, startedAt } : { startedAt };
		},
		async fetchPage(position): Promise<SourcePage<Position>> {
			const filters =
				position.since !== undefined
					? { updatedAt: { after: position.since } }
					: {
							statuses: ['DONE'],
							...(source.startDate ? { updatedAt: { after: `${source.startDate}T00:00:00Z` } } : {}),
						};
			const body = await graphql(threadsResponse, { query, variables: { filters, first, after: position.after } });
			const threads = body.data?.threads;
			const tickets = (threads?.edges ?? []).map(({ node }) => toTicket(node));
			if (threads?.pageInfo.hasNextPage && threads.pageInfo.endCursor) {
				return { tickets, next: { ...position, after: threads.pageInfo.endCursor } };
			}
			return { tickets, resume: { since: new Date(Date.parse(position.startedAt) - overlapMs).toISOString() } };
		},
	};
}
