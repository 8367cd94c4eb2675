// HubSpot (Service Hub), through the CRM API v3. Tickets are read with "Search"
// (POST /crm/v3/objects/tickets/search): filters, `sorts` and `limit` (at most 200) in
// the body, `paging.next.after` to the next page. A ticket is closed when its pipeline
// stage is one whose `metadata.ticketState` is CLOSED (GET /crm/v3/pipelines/tickets):
// the first pull searches those stages, later ones every ticket modified since the
// last pull, so a reopened ticket leaves the cache. A search reaches at most 10,000
// results: before a page would pass that, the search starts again from the last
// modification time read (a ticket read twice replaces its own row). Deleted tickets
// are not searchable; a later pull lists the archived ones (GET /crm/v3/objects/tickets
// ?archived=true) so they leave the cache too. Properties carry their internal values;
// a drop-down's label comes from GET /crm/v3/properties/tickets. The requester and the
// team's emails come through associations (POST /crm/v4/associations/tickets/{to}/batch/read)
// and the emails' batch read: a few requests per page, not per ticket.
// A 429 names its limit in the body (`policyName`), not in a header.
import { z } from 'astro/zod';
import { contentPath } from '../../content-model/paths.ts';
import type { NamedLimit } from '../../http/retry.ts';
import type { HubspotSource } from '../config.ts';
import { HelpdeskError } from '../errors.ts';
import {
	checkMappedFields,
	createReplyScanner,
	isoTime,
	mappedFields,
	mergeArticles,
	referenceValues,
	termValue,
} from './mapping.ts';
import type { PulledTicket, SourceContext, SourcePage, TicketSource } from './types.ts';

export const hubspotDefaultBaseUrl = 'https://api.hubapi.com';

/** The most results one search reaches, however it is paged. */
export const hubspotSearchCap = 10_000;
const maxPerPage = 200;
/** Inputs per batch read of emails. */
const emailBatch = 100;

const ticketSchema = z.object({
	id: z.string(),
	properties: z.record(z.string(), z.string().nullable()),
	archived: z.boolean().nullish(),
	archivedAt: z.string().nullish(),
});
type HubspotTicket = z.output<typeof ticketSchema>;

const searchSchema = z.object({
	results: z.array(ticketSchema),
	paging: z.object({ next: z.object({ after: z.string() }).nullish() }).nullish(),
});

const pipelinesSchema = z.object({
	results: z.array(
		z.object({
			id: z.string(),
			label: z.string().nullish(),
			stages: z.array(
				z.object({
					id: z.string(),
					label: z.string().nullish(),
					metadata: z.looseObject({ ticketState: z.string().nullish() }).nullish(),
				}),
			),
		}),
	),
});

const propertiesSchema = z.object({
	results: z.array(
		z.object({
			name: z.string(),
			label: z.string().nullish(),
			options: z.array(z.object({ value: z.string(), label: z.string().nullish() })).nullish(),
		}),
	),
});

const associationsSchema = z.object({
	results: z.array(
		z.object({
			from: z.object({ id: z.string() }),
			to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]).transform(String) })),
		}),
	),
});

const emailsSchema = z.object({
	results: z.array(
		z.object({
			id: z.string(),
			properties: z.record(z.string(), z.string().nullable()),
		}),
	),
});

const positionSchema = z.strictObject({
	/** `tickets` searches; `archived` lists deleted tickets after a search of changes. */
	phase: z.enum(['tickets', 'archived']),
	/** Epoch ms: changes since; absent on a first pull, which searches closed stages. */
	since: z.number().int().optional(),
	/** Epoch ms the search starts from after it reached its cap. */
	from: z.number().int().optional(),
	after: z.string().optional(),
	startedAt: z.number().int(),
});
type Position = z.output<typeof positionSchema>;
const resumeSchema = z.strictObject({ since: z.number().int() });

/** Searches can lag behind writes; the next pull looks back this far. */
const overlapMs = 15 * 60 * 1000;

/** The properties every page asks for besides the mapped ones. */
const baseProperties = ['subject', 'hs_pipeline', 'hs_pipeline_stage', 'closed_date', 'hs_lastmodifieddate'];

/**
 * A 429's limit as HubSpot names it (`policyName`): the secondly limits pass within a
 * second or ten; the daily one only at midnight, so the pull stops instead of waiting.
 */
export function hubspotNamedLimit(body: string): NamedLimit | undefined {
	let policy: unknown;
	try {
		policy = (JSON.parse(body) as { policyName?: unknown }).policyName;
	} catch {
		return undefined;
	}
	if (typeof policy !== 'string') return undefined;
	const name = policy.toUpperCase();
	if (name === 'DAILY') {
		return {
			stop: "the account's daily API limit is used up (policyName DAILY); it resets at midnight in the account's time zone",
		};
	}
	if (name === 'SECONDLY') return { seconds: 1, policy: 'SECONDLY' };
	if (name === 'TEN_SECONDLY_ROLLING') return { seconds: 10, policy: 'TEN_SECONDLY_ROLLING' };
	return undefined;
}

interface Stage {
	label: string;
	closed: boolean;
}

/** A property's text: a drop-down's internal values (`;` between several) as their labels. */
function propertyText(value: string | null | undefined, labels: Map<string, string> | undefined): string[] {
	if (value === null || value === undefined || value === '') return [];
	const values = labels ? value.split(';') : [value];
	return values.map((item) => labels?.get(item) ?? item).filter((item) => item !== '');
}

export function createHubspotSource(source: HubspotSource, context: SourceContext): TicketSource<Position> {
	const { client } = context;
	const scanReplies = createReplyScanner(context.siteUrl, context.isOldAddress);
	const perPage = Math.min(source.pageSize ?? 100, maxPerPage);
	const stages = new Map<string, Stage>();
	const optionLabels = new Map<string, Map<string, string>>();
	const mapped = [source.category, source.productArea, source.articles].flatMap((mapping) =>
		mapping ? [mapping.property] : [],
	);
	const properties = [...new Set([...baseProperties, ...mapped])];

	const stageOf = (ticket: HubspotTicket) =>
		stages.get(`${ticket.properties.hs_pipeline ?? ''}/${ticket.properties.hs_pipeline_stage ?? ''}`) ??
		stages.get(`/${ticket.properties.hs_pipeline_stage ?? ''}`);
	const valuesOf = (ticket: HubspotTicket, property: string) =>
		propertyText(ticket.properties[property], optionLabels.get(property));

	function toTicket(ticket: HubspotTicket): PulledTicket {
		const stage = stageOf(ticket);
		return {
			id: ticket.id,
			// A closed stage may be labelled anything ("Solved", "Done - no reply"): HubSpot's own state says closed.
			status: stage?.closed ? 'closed' : (stage?.label ?? ticket.properties.hs_pipeline_stage ?? '').toLowerCase(),
			closed: stage?.closed ?? false,
			category: termValue(valuesOf(ticket, source.category.property)),
			productArea: termValue(valuesOf(ticket, source.productArea.property)),
			closedAt: isoTime(ticket.properties.closed_date ?? ticket.properties.hs_lastmodifieddate),
			articles: source.articles ? referenceValues(valuesOf(ticket, source.articles.property)) : [],
			requester: '',
			subject: ticket.properties.subject ?? '',
		};
	}

	/** Each ticket's associated records of one type, by ticket id. */
	async function associated(ids: readonly string[], to: 'contacts' | 'emails'): Promise<Map<string, string[]>> {
		const found = new Map<string, string[]>();
		if (ids.length === 0) return found;
		const body = await client.json(
			{
				method: 'POST',
				url: `/crm/v4/associations/tickets/${to}/batch/read`,
				json: { inputs: ids.map((id) => ({ id })) },
			},
			associationsSchema,
		);
		for (const result of body.results) {
			found.set(
				result.from.id,
				result.to.map((item) => item.toObjectId),
			);
		}
		return found;
	}

	/** The article links in the emails the team sent from these tickets, by ticket id. */
	async function replyArticles(tickets: readonly PulledTicket[]): Promise<Map<string, string[]>> {
		const emailsOf = await associated(
			tickets.map((ticket) => ticket.id),
			'emails',
		);
		const emailIds = [...new Set([...emailsOf.values()].flat())];
		const sent = new Map<string, string[]>();
		for (let start = 0; start < emailIds.length; start += emailBatch) {
			const body = await client.json(
				{
					method: 'POST',
					url: '/crm/v3/objects/emails/batch/read',
					json: {
						properties: ['hs_email_direction', 'hs_email_html', 'hs_email_text'],
						inputs: emailIds.slice(start, start + emailBatch).map((id) => ({ id })),
					},
				},
				emailsSchema,
			);
			for (const email of body.results) {
				// EMAIL is one the team sent; INCOMING_EMAIL the customer's, FORWARDED_EMAIL a forward.
				if (email.properties.hs_email_direction !== 'EMAIL') continue;
				sent.set(email.id, scanReplies(email.properties.hs_email_html ?? email.properties.hs_email_text ?? ''));
			}
		}
		return new Map(
			[...emailsOf].map(([ticket, emails]) => [ticket, mergeArticles(...emails.map((id) => sent.get(id) ?? []))]),
		);
	}

	function filters(position: Position) {
		const list: Record<string, unknown>[] = [];
		const startDate = source.startDate ? Date.parse(`${source.startDate}T00:00:00Z`) : undefined;
		const from = position.from ?? position.since ?? startDate;
		if (position.since === undefined) {
			const closedStages = [
				...new Set([...stages].filter(([, stage]) => stage.closed).map(([key]) => key.split('/')[1])),
			];
			list.push({ propertyName: 'hs_pipeline_stage', operator: 'IN', values: closedStages });
		}
		if (from !== undefined) list.push({ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(from) });
		if (source.pipelines) list.push({ propertyName: 'hs_pipeline', operator: 'IN', values: source.pipelines });
		return list;
	}

	async function searchPage(position: Position): Promise<SourcePage<Position>> {
		const body = await client.json(
			{
				method: 'POST',
				url: '/crm/v3/objects/tickets/search',
				json: {
					filterGroups: [{ filters: filters(position) }],
					sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
					properties,
					limit: perPage,
					...(position.after ? { after: position.after } : {}),
				},
			},
			searchSchema,
		);
		const tickets = body.results.map(toTicket);
		const ids = tickets.map((ticket) => ticket.id);
		const contacts = await associated(ids, 'contacts');
		for (const ticket of tickets) ticket.requester = contacts.get(ticket.id)?.[0] ?? '';
		if (source.replies) {
			const replies = await replyArticles(tickets.filter((ticket) => ticket.closed));
			for (const ticket of tickets) ticket.articles = mergeArticles(ticket.articles, replies.get(ticket.id) ?? []);
		}

		const after = body.paging?.next?.after;
		if (after && body.results.length > 0) {
			const offset = Number(after);
			if (!Number.isFinite(offset) || offset + perPage <= hubspotSearchCap)
				return { tickets, next: { ...position, after } };
			// The search would pass its cap: start again from the last modification read.
			const last = Date.parse(body.results.at(-1)?.properties.hs_lastmodifieddate ?? '');
			if (Number.isNaN(last) || last === position.from) {
				throw new HelpdeskError(
					`HubSpot: more than ${hubspotSearchCap.toLocaleString('en')} tickets share one modification time, more than one search can reach`,
					{
						hint: 'set tickets.source.startDate after that time, or pull each pipeline on its own (tickets.source.pipelines)',
					},
				);
			}
			return { tickets, next: { ...position, from: last, after: undefined } };
		}
		if (position.since !== undefined) return { tickets, next: { ...position, phase: 'archived', after: undefined } };
		return { tickets, resume: { since: position.startedAt - overlapMs } };
	}

	/** Deleted tickets since the last pull: they leave the cache. */
	async function archivedPage(position: Position): Promise<SourcePage<Position>> {
		const query = new URLSearchParams({ archived: 'true', limit: '100', properties: 'hs_lastmodifieddate' });
		if (position.after) query.set('after', position.after);
		const body = await client.json({ method: 'GET', url: `/crm/v3/objects/tickets?${query}` }, searchSchema);
		const since = position.since ?? 0;
		const tickets: PulledTicket[] = body.results
			.filter((ticket) => Date.parse(ticket.archivedAt ?? '') >= since)
			.map((ticket) => ({
				id: ticket.id,
				status: 'deleted',
				closed: false,
				category: '',
				productArea: '',
				closedAt: '',
				articles: [],
				requester: '',
				subject: '',
			}));
		const after = body.paging?.next?.after;
		if (after && body.results.length > 0) return { tickets, next: { ...position, after } };
		return { tickets, resume: { since: position.startedAt - overlapMs } };
	}

	return {
		vendor: 'HubSpot',
		positionSchema,
		resumeSchema,
		async prepare() {
			const pipelines = await client.json({ method: 'GET', url: '/crm/v3/pipelines/tickets' }, pipelinesSchema);
			const unknown = (source.pipelines ?? []).filter((id) => !pipelines.results.some((item) => item.id === id));
			if (unknown.length > 0) {
				const has = pipelines.results.map((item) => `${item.id} "${item.label ?? ''}"`).join(', ');
				throw new HelpdeskError(
					`${context.settingsFile ?? contentPath('config')}: tickets.source.pipelines ${unknown.map((id) => JSON.stringify(id)).join(', ')}: HubSpot has no such ticket pipeline; the ones it has: ${has}`,
					{ hint: 'use the pipeline ids of Settings > Objects > Tickets > Pipelines' },
				);
			}
			for (const pipeline of pipelines.results) {
				if (source.pipelines && !source.pipelines.includes(pipeline.id)) continue;
				for (const stage of pipeline.stages) {
					const value = {
						label: stage.label ?? stage.id,
						closed: stage.metadata?.ticketState?.toUpperCase() === 'CLOSED',
					};
					stages.set(`${pipeline.id}/${stage.id}`, value);
					if (!stages.has(`/${stage.id}`)) stages.set(`/${stage.id}`, value);
				}
			}
			if (![...stages.values()].some((stage) => stage.closed)) {
				throw new HelpdeskError('HubSpot: no ticket pipeline read has a stage whose ticket state is Closed', {
					hint: 'mark the stages that close a ticket as Closed under Settings > Objects > Tickets > Pipelines',
				});
			}
			const known = await client.json({ method: 'GET', url: '/crm/v3/properties/tickets' }, propertiesSchema);
			checkMappedFields({
				settingsFile: context.settingsFile,
				vendor: 'HubSpot',
				kind: 'ticket property',
				key: 'property',
				wanted: mappedFields(source, 'property'),
				known: known.results.map((property) => ({ id: property.name, name: property.name })),
				hint: "use the property's internal name (Settings > Properties > Ticket properties > the property > Details)",
			});
			for (const property of known.results) {
				if (!mapped.includes(property.name) || !property.options?.length) continue;
				optionLabels.set(
					property.name,
					new Map(property.options.map((option) => [option.value, option.label ?? option.value])),
				);
			}
		},
		start(resume) {
			const parsed = resumeSchema.safeParse(resume);
			const startedAt = context.now.getTime();
			return parsed.success
				? { phase: 'tickets', since: parsed.data.since, startedAt }
				: { phase: 'tickets', startedAt };
		},
		fetchPage(position) {
			return position.phase === 'archived' ? archivedPage(position) : searchPage(position);
		},
	};
}
