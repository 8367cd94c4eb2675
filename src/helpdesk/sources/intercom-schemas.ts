// What the Intercom source reads of Intercom's REST API (2.11) answers: conversation
// and ticket search pages, a ticket's or conversation's parts, ticket types and data
// attributes. Everything else in an answer is passed over.
import { z } from 'astro/zod';

const idSchema = z.union([z.string(), z.number()]).transform(String);
const tagsSchema = z.object({ tags: z.array(z.object({ name: z.string() })) }).nullish();
const contactsSchema = z.object({ contacts: z.array(z.object({ id: z.string() })) }).nullish();

export const conversationSchema = z.object({
	id: idSchema,
	state: z.string(),
	title: z.string().nullish(),
	source: z.object({ subject: z.string().nullish() }).nullish(),
	custom_attributes: z.record(z.string(), z.unknown()).nullish(),
	tags: tagsSchema,
	statistics: z.object({ last_close_at: z.number().nullish() }).nullish(),
	contacts: contactsSchema,
	updated_at: z.number().nullish(),
	/**
	 * The ticket this conversation is (a conversation converted to a customer ticket).
	 * Answers from API 2.10 on hold `ticket: null` on other conversations; the object's
	 * shape is not in Intercom's schema, so only its being there and its `id` are read.
	 */
	ticket: z.looseObject({ id: idSchema.nullish() }).nullish(),
});
export type Conversation = z.output<typeof conversationSchema>;

const pagesSchema = z.object({ next: z.object({ starting_after: z.string().nullish() }).nullish() }).nullish();
/** A search page's `pages`: the next page's cursor, absent on the last. */
export type SearchPages = z.output<typeof pagesSchema>;

export const searchSchema = z.object({
	conversations: z.array(conversationSchema),
	pages: pagesSchema,
});

export const ticketSchema = z.object({
	/** The API's id: "Do not use ticket_id for API queries". */
	id: idSchema,
	/** The number the Inbox and Messenger show. */
	ticket_id: idSchema.nullish(),
	ticket_state: z.union([z.string(), z.object({ category: z.string() })]).nullish(),
	ticket_attributes: z.record(z.string(), z.unknown()).nullish(),
	tags: tagsSchema,
	contacts: contactsSchema,
	updated_at: z.number().nullish(),
});
export type IntercomTicket = z.output<typeof ticketSchema>;

export const ticketSearchSchema = z.object({ tickets: z.array(ticketSchema), pages: pagesSchema });

export const ticketTypesSchema = z.object({
	data: z.array(
		z.object({
			ticket_type_attributes: z.object({ ticket_type_attributes: z.array(z.object({ name: z.string() })) }).nullish(),
		}),
	),
});

/** A conversation part or a ticket part: who wrote it, of which kind, and its HTML. */
const partSchema = z.object({
	part_type: z.string().nullish(),
	body: z.string().nullish(),
	author: z.object({ type: z.string().nullish() }).nullish(),
});
export type Part = z.output<typeof partSchema>;

export const ticketPartsSchema = z.object({
	ticket_parts: z
		.looseObject({
			ticket_parts: z.array(partSchema),
		})
		.nullish(),
});

export const attributesSchema = z.object({
	data: z.array(z.object({ name: z.string(), label: z.string().nullish() })),
});

export const partsSchema = z.object({
	conversation_parts: z
		.looseObject({
			conversation_parts: z.array(partSchema),
		})
		.nullish(),
});
