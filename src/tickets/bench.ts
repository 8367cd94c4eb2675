import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LoadedContent } from '../content-model/content.ts';
import { isPublishedEntry } from './links.ts';

const subjects = [
	'domain stuck on pending',
	'getting 429 errors when sending',
	'SMTP login fails with 535',
	'webhook not firing for bounces',
	'where can I download my invoice',
	'emails going to junk, help',
	'can we remove the unsubscribe link?',
	'sending paused, why?',
];

/** A deterministic pseudo-random sequence, so every run writes the same file. */
function sequence(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** One generated ticket: its cells in the order of `benchHeader`, and its closed day as parts. */
interface BenchTicket {
	cells: string[];
	closed: { month: number; day: number; minute: number };
}

const benchHeader = ['Ticket ID', 'Subject', 'Status', 'Category', 'Product Area', 'Solved At', 'KB Articles'];

/**
 * Closed tickets shaped like a helpdesk export, each linking a published demo
 * article by slug, path or URL (so the gate passes); the same sequence every run.
 */
function* benchTickets(rows: number, content: Pick<LoadedContent, 'articles' | 'taxonomy'>): Generator<BenchTicket> {
	const articles = content.articles.filter(isPublishedEntry);
	const labels = new Map(
		[...content.taxonomy.categories, ...content.taxonomy.productAreas].map((term) => [term.id, term.label]),
	);
	const random = sequence(42);
	for (let index = 0; index < rows; index++) {
		const article = articles[Math.floor(random() * articles.length)] as (typeof articles)[number];
		const style = index % 3;
		const reference =
			style === 0
				? article.slug
				: style === 1
					? `/articles/${article.slug}/`
					: `https://help.acmemail.dev/articles/${article.slug}/`;
		const day = 1 + Math.floor(random() * 28);
		const month = 3 + Math.floor(random() * 9);
		const minute = index % 60;
		const closedAt = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:${String(minute).padStart(2, '0')}`;
		const subject = subjects[index % subjects.length] as string;
		const cells = [
			`ACME-${100_000 + index}`,
			subject,
			'Solved',
			labels.get(article.data.category) ?? '',
			labels.get(article.data.productArea) ?? '',
			closedAt,
			reference,
		];
		yield { cells, closed: { month, day, minute } };
	}
}

/** Writes a CSV export of `rows` closed tickets (see `benchTickets`) and returns its size in bytes. */
export async function writeBenchExport(
	file: string,
	rows: number,
	content: Pick<LoadedContent, 'articles' | 'taxonomy'>,
): Promise<number> {
	const out = createWriteStream(file);
	let bytes = 0;
	let buffer = `\uFEFF${benchHeader.join(',')}\r\n`;
	for (const { cells } of benchTickets(rows, content)) {
		buffer += `${cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')}\r\n`;
		if (buffer.length > 1 << 16) {
			bytes += Buffer.byteLength(buffer);
			if (!out.write(buffer)) await once(out, 'drain');
			buffer = '';
		}
	}
	bytes += Buffer.byteLength(buffer);
	out.end(buffer);
	await once(out, 'finish');
	return bytes;
}

function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Excel's date serial (1900 system) of a day in 2026 at 10:mm. */
function dateSerial(closed: BenchTicket['closed']): number {
	const days = (Date.UTC(2026, closed.month - 1, closed.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
	return days + (10 * 60 + closed.minute) / 1440;
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * Writes the same tickets as an Excel workbook laid out as Excel saves one: text in
 * shared strings (every ticket id is one), the closed date a date-time serial with a
 * date style. Returns its size in bytes. yazl (a dev dependency) writes the zip.
 */
export async function writeBenchWorkbook(
	file: string,
	rows: number,
	content: Pick<LoadedContent, 'articles' | 'taxonomy'>,
): Promise<number> {
	const { default: yazl } = await import('yazl');
	const zip = new yazl.ZipFile();
	const strings = new Map<string, number>();
	const shared = (text: string) => {
		let index = strings.get(text);
		if (index === undefined) {
			index = strings.size;
			strings.set(text, index);
		}
		return index;
	};
	const row = (number: number, cells: string[], closed?: BenchTicket['closed']) =>
		`<row r="${number}">${cells
			.map((cell, column) => {
				const ref = `${String.fromCharCode(65 + column)}${number}`;
				if (closed && column === 5) return `<c r="${ref}" s="1"><v>${dateSerial(closed)}</v></c>`;
				return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
			})
			.join('')}</row>`;
	const tickets = benchTickets(rows, content);
	async function* sheet() {
		yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${row(1, benchHeader)}`;
		let number = 1;
		let buffer = '';
		for (const ticket of tickets) {
			buffer += row(++number, ticket.cells, ticket.closed);
			if (buffer.length > 1 << 16) {
				yield buffer;
				buffer = '';
			}
		}
		yield `${buffer}</sheetData></worksheet>`;
	}
	zip.addBuffer(
		Buffer.from(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
		),
		'[Content_Types].xml',
	);
	zip.addBuffer(
		Buffer.from(
			`<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		),
		'_rels/.rels',
	);
	zip.addBuffer(
		Buffer.from(
			`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Tickets" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		),
		'xl/workbook.xml',
	);
	zip.addBuffer(
		Buffer.from(
			`<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		),
		'xl/_rels/workbook.xml.rels',
	);
	zip.addBuffer(
		Buffer.from(
			`<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
		),
		'xl/styles.xml',
	);
	zip.addReadStream(Readable.from(sheet()), 'xl/worksheets/sheet1.xml');
	async function* sharedStrings() {
		yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${main}" uniqueCount="${strings.size}">`;
		let buffer = '';
		for (const text of strings.keys()) {
			buffer += `<si><t>${xmlEscape(text)}</t></si>`;
			if (buffer.length > 1 << 16) {
				yield buffer;
				buffer = '';
			}
		}
		yield `${buffer}</sst>`;
	}
	// The shared strings are known once the sheet is written: yazl writes entries in order.
	zip.addReadStream(Readable.from(sharedStrings()), 'xl/sharedStrings.xml');
	zip.end();
	const out = createWriteStream(file);
	await pipeline(zip.outputStream, out);
	return statSync(file).size;
}

export interface GateRun {
	seconds: number;
	/** Peak resident memory of the gate's process, in bytes. */
	peakRss: number;
	/** CPU time of the gate's process (all threads, user and system), in seconds. */
	cpuSeconds: number;
	exitCode: number;
	output: string;
}

/**
 * Runs `node scripts/check-coverage.ts` as a child process (what CI runs, start-up
 * included) and reports its wall time, peak memory and CPU time. A preloaded
 * module prints the process's resource usage when it exits.
 */
export function timeGate(root: string, args: string[], env: Record<string, string> = {}): Promise<GateRun> {
	const report = [
		"import { isMainThread } from 'node:worker_threads';",
		"if (isMainThread) process.on('exit', (code) => { const usage = process.resourceUsage();",
		"process.stderr.write('\\nTRYBLOCK_EXIT=' + code + ' TRYBLOCK_MAX_RSS=' + usage.maxRSS + ' TRYBLOCK_CPU=' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); });",
	].join('\n');
	const argv = ['--import', `data:text/javascript,${encodeURIComponent(report)}`, 'scripts/check-coverage.ts', ...args];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, argv, {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let usage = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
		});
		child.stderr.on('data', (chunk) => {
			usage += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const match = /TRYBLOCK_EXIT=(\d+) TRYBLOCK_MAX_RSS=(\d+) TRYBLOCK_CPU=(\d+)/.exec(usage);
			if (code === null || code > 1 || !match)
				return reject(new Error(`the gate exited with ${code}:\n${usage.slice(-2000)}`));
			resolve({
				seconds,
				peakRss: Number(match[2]) * 1024,
				cpuSeconds: Number(match[3]) / 1e6,
				exitCode: Number(match[1]),
				output,
			});
		});
	});
}
