import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import yazl from 'yazl';
import { CliError } from '../../../src/cli/run.ts';
import { loadSearchEvals, readSearchEvalFile, splitBySet } from '../../../src/search/eval-file.ts';
import { errorText } from './error-text.ts';

const dir = 'tests/.output/eval-workbook';

interface SheetSpec {
	name: string;
	hidden?: boolean;
	/** Rows by sheet row number: text cells from column A. */
	rows: [number, string[]][];
	/** Cell reference → the address the cell links to. */
	links?: Record<string, string>;
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const column = (index: number) => String.fromCharCode(65 + index);

/** A workbook as Excel lays one out, with inline text cells: enough for the question reader. */
async function writeWorkbook(name: string, sheets: SheetSpec[]): Promise<string> {
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, name);
	const zip = new yazl.ZipFile();
	const add = (part: string, text: string) => zip.addBuffer(Buffer.from(text), part);
	add(
		'[Content_Types].xml',
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
	);
	add(
		'_rels/.rels',
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	);
	const entries = sheets.map(
		(sheet, index) =>
			`<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`,
	);
	add('xl/workbook.xml', `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${entries.join('')}</sheets></workbook>`);
	add(
		'xl/_rels/workbook.xml.rels',
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}</Relationships>`,
	);
	sheets.forEach((sheet, index) => {
		const rows = sheet.rows.map(
			([number, cells]) =>
				`<row r="${number}">${cells.map((cell, at) => `<c r="${column(at)}${number}" t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`).join('')}</row>`,
		);
		const links = Object.keys(sheet.links ?? {});
		const hyperlinks = links.length
			? `<hyperlinks>${links.map((ref, at) => `<hyperlink ref="${ref}" r:id="rIdLink${at}"/>`).join('')}</hyperlinks>`
			: '';
		add(
			`xl/worksheets/sheet${index + 1}.xml`,
			`<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${rows.join('')}</sheetData>${hyperlinks}</worksheet>`,
		);
		if (links.length > 0) {
			add(
				`xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
				`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links.map((ref, at) => `<Relationship Id="rIdLink${at}" Type="${rel}/hyperlink" Target="${xmlText(sheet.links?.[ref] ?? '')}" TargetMode="External"/>`).join('')}</Relationships>`,
			);
		}
	});
	zip.end();
	await new Promise<void>((resolve, reject) => {
		zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
	});
	return file;
}

async function errorOf(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
	} catch (error) {
		return errorText(error);
	}
	throw new Error('expected an error');
}

describe('questions kept in an Excel workbook', () => {
	test('are read from the sheet with the columns, visible sheets first, each with its sheet row', async () => {
		const file = await writeWorkbook('questions.xlsx', [
			{ name: 'Summary', rows: [[1, ['Questions by set']]] },
			{
				name: 'Old',
				hidden: true,
				rows: [
					[1, ['query', 'expect']],
					[2, ['stale question', 'gone']],
				],
			},
			{
				name: 'Questions',
				rows: [
					[2, ['Query', 'Expect', 'Set', 'Owner']],
					[3, ['mails go to junk', 'emails-landing-in-spam', 'colloquial', 'Sam']],
					[5, ['where is my api key', 'manage-api-keys rotate-api-keys', 'sentences', '']],
				],
			},
		]);
		const evals = await readSearchEvalFile(file);
		expect(evals.name).toBe('questions');
		expect(evals.otherFields).toEqual(['owner']);
		expect(evals.questions.map((question) => [question.query, question.expect, question.line])).toEqual([
			['mails go to junk', ['emails-landing-in-spam'], 3],
			['where is my api key', ['manage-api-keys', 'rotate-api-keys'], 5],
		]);
		expect(splitBySet(evals).map((set) => set.name)).toEqual(['colloquial', 'sentences']);
	});

	test('an expect cell that links to an article is read as the link', async () => {
		const file = await writeWorkbook('linked.xlsx', [
			{
				name: 'Sheet1',
				rows: [
					[1, ['query', 'expect']],
					[2, ['mails go to junk', 'Why are my emails landing in spam?']],
				],
				links: { B2: 'https://help.example.com/articles/emails-landing-in-spam/' },
			},
		]);
		expect((await readSearchEvalFile(file)).questions[0]?.expect).toEqual(['emails-landing-in-spam']);
	});

	test('a bad row is named by its sheet and row', async () => {
		const file = await writeWorkbook('bad-row.xlsx', [
			{
				name: 'Questions',
				rows: [
					[1, ['query', 'expect']],
					[2, ['mails go to junk', 'emails-landing-in-spam']],
					[4, ['', 'manage-api-keys']],
				],
			},
		]);
		expect(await errorOf(() => readSearchEvalFile(file))).toContain(`${file}, sheet "Questions", row 4`);
	});

	test('a workbook without a sheet of questions says what each sheet holds', async () => {
		const file = await writeWorkbook('no-questions.xlsx', [
			{ name: 'Notes', rows: [] },
			{ name: 'Tickets', rows: [[1, ['Ticket', 'Subject']]] },
		]);
		expect(await errorOf(() => readSearchEvalFile(file))).toBe(
			`${file}: has no sheet with the columns query and expect: sheet "Notes" is empty; sheet "Tickets" row 1 has no query or expect column (keep the questions on one sheet with a header row of query and expect, or save that sheet as CSV UTF-8)`,
		);
	});

	test('an old .xls or a workbook under another name is still refused with what to save instead', async () => {
		const file = await writeWorkbook('questions.yaml', [{ name: 'Sheet1', rows: [[1, ['query', 'expect']]] }]);
		expect(await errorOf(() => readSearchEvalFile(file))).toBe(
			`${file} is a spreadsheet workbook (Excel or another office file), not a file of questions\nsave it as an Excel Workbook (.xlsx) or its sheet as CSV UTF-8, with the columns query and expect`,
		);
		expect(() => loadSearchEvals(file)).toThrow(CliError);
	});
});
