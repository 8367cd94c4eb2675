// Zendesk's XML export of tickets (`<tickets type="array"><ticket>…</ticket></tickets>`),
// streamed with saxes one ticket at a time. Each ticket becomes the object Zendesk's
// JSON API gives, and is read by the same rules as a JSON export.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { inline, quotedExcerpt } from '../cli/untrusted-text.ts';
import { FALLBACK_RANK, hasColumn } from './columns.ts';
import { checkUtf8 } from './encoding.ts';
import { type ColumnsSeen, checkJsonColumns, fillRowFromJson } from './json-row.ts';
import { createRawRow, type ReadOptions, type ReadSummary, unusable } from './raw-row.ts';

/** Text kept of one element: enough for any field the gate reads, bounded for a hostile file. */
const MAX_TEXT = 8192;

/** Zendesk's numbered statuses, as its XML export writes them in `<status-id>`. */
const statusNames = ['new', 'open', 'pending', 'solved', 'closed'];

/** Where Zendesk's XML export stops making sense: the message and the line. */
class XmlRefusal extends Error {
	readonly line: number;
	readonly hint: string;
	constructor(message: string, line: number, hint = 'export the closed tickets again') {
		super(message);
		this.line = line;
		this.hint = hint;
	}
}

/** One ticket being read: its fields' texts and custom field entries, by element name. */
interface TicketDraft {
	line: number;
	fields: Map<string, string>;
	/** `<ticket-field-entries>`: each `<ticket-field-entry>`'s `ticket-field-id` and `value`. */
	entries: Map<string, string>[];
}

/**
 * The object Zendesk's JSON API gives for one ticket of the XML export: `nice-id` (the
 * number agents see) is its `id`, `current-tags` its `tags`, `status-id` its status
 * when there is no `status`, and `ticket-field-entries` its `custom_fields`
 * (`[{"id": 360012, "value": ...}]`), so `custom_fields.360012` names one as in JSON.
 */
function ticketObject(draft: TicketDraft): Record<string, unknown> {
	const ticket: Record<string, unknown> = Object.fromEntries(draft.fields);
	const take = (from: string, to: string, value = draft.fields.get(from)) => {
		delete ticket[from];
		if (value !== undefined && (to === 'id' || ticket[to] === undefined)) ticket[to] = value;
	};
	take('nice-id', 'id');
	const statusId = draft.fields.get('status-id');
	take('status-id', 'status', statusId === undefined ? undefined : (statusNames[Number(statusId)] ?? statusId));
	take('current-tags', 'tags');
	if (draft.entries.length > 0) {
		ticket.custom_fields = draft.entries.map((entry) => ({
			id: entry.get('ticket-field-id') ?? '',
			value: entry.get('value') ?? '',
		}));
	}
	return ticket;
}

/**
 * Streams Zendesk's XML export of tickets: every `<ticket>` under the `<tickets>` root
 * is one row, its line the line of `<ticket>`. Element texts are kept up to 8,192
 * characters; nested lists other than the custom fields (comments, attachments) are
 * passed over. A document type is refused, so no entity is ever declared or expanded;
 * only XML's own five and character references are read. A file that is not
 * well-formed stops at the line where it breaks.
 */
export async function readZendeskXml(path: string, options: ReadOptions): Promise<ReadSummary> {
	const { file, matcher, required, onRow } = options;
	const row = createRawRow();
	// Every ticket of the export is Zendesk's: its `type` is question, incident, problem or task.
	const seen: ColumnsSeen = new Set(['zendeskType']);
	const parser = new SaxesParser({ xmlns: false, position: true });
	let failure: Error | undefined;
	const fail = (error: Error) => {
		failure ??= error;
	};
	parser.on('error', fail);
	parser.on('doctype', () =>
		fail(
			new XmlRefusal(
				'declares a document type (<!DOCTYPE>), which a ticket export never has: the gate reads no entities',
				parser.line,
			),
		),
	);

	const path_: string[] = [];
	let ticket: TicketDraft | undefined;
	let entry: Map<string, string> | undefined;
	/** The text being collected, and where it goes. */
	let text: string[] | undefined;
	let textLength = 0;
	let nil = false;
	let rows = 0;

	parser.on('opentag', (tag) => {
		const name = (tag as SaxesTagPlain).name;
		path_.push(name);
		const depth = path_.length;
		if (depth === 1 && name !== 'tickets') {
			fail(
				new XmlRefusal(
					`holds the XML element ${quotedExcerpt(name, 60)}, not Zendesk's list of tickets (<tickets>)`,
					parser.line,
				),
			);
		} else if (depth === 2 && name === 'ticket') {
			ticket = { line: parser.line, fields: new Map(), entries: [] };
		} else if (ticket !== undefined && depth === 4 && path_[2] === 'ticket-field-entries') {
			entry = new Map();
		}
		text = ticket !== undefined && (depth === 3 || (depth === 5 && entry !== undefined)) ? [] : undefined;
		textLength = 0;
		nil = (tag as SaxesTagPlain).attributes.nil === 'true';
	});
	const onText = (chunk: string) => {
		if (text === undefined || textLength >= MAX_TEXT) return;
		const kept = chunk.slice(0, MAX_TEXT - textLength);
		text.push(kept);
		textLength += kept.length;
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', () => {
		const name = path_.pop() as string;
		const depth = path_.length + 1;
		const value = text === undefined || nil ? '' : text.join('');
		if (ticket !== undefined && depth === 3 && text !== undefined) {
			// A fallback name (Zendesk's `type`) is question, incident, problem or task: never read.
			if ((matcher.fieldOf(name)?.rank ?? 0) < FALLBACK_RANK) ticket.fields.set(name, value);
		} else if (entry !== undefined && depth === 5 && text !== undefined) {
			entry.set(name, value);
		} else if (entry !== undefined && depth === 4) {
			ticket?.entries.push(entry);
			entry = undefined;
		} else if (ticket !== undefined && depth === 2 && failure === undefined) {
			row.line = ticket.line;
			fillRowFromJson(ticketObject(ticket), row, matcher, seen);
			onRow(row);
			rows++;
			ticket = undefined;
		}
		// An element that held others (comments, the custom fields) is no text of its parent.
		text = undefined;
		nil = false;
	});

	try {
		const decoder = new StringDecoder('utf8');
		for await (const chunk of checkUtf8(createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>)) {
			parser.write(decoder.write(chunk));
			if (failure) throw failure;
		}
		parser.write(decoder.end());
		parser.close();
		if (failure) throw failure;
	} catch (error) {
		if (error instanceof XmlRefusal) throw unusable(file, error.message, { line: error.line, hint: error.hint });
		if (error !== failure || !(error instanceof Error)) throw error;
		// saxes says `line:column: what`: the line is given apart.
		const [, line, what = ''] = /^(\d+):\d+:\s*(.*)/.exec(error.message) ?? [];
		throw unusable(file, `is not well-formed XML: ${inline(what || error.message).slice(0, 200)}`, {
			line: line === undefined ? undefined : Number(line),
			hint: 'export the closed tickets again; the file may be cut off or changed by hand',
		});
	}
	checkJsonColumns(file, rows, seen, required, matcher, { kind: 'element', found: 'no <ticket> in the file has one' });
	return { rows, hasArticles: hasColumn('articles', matcher, (column) => seen.has(column)) };
}
