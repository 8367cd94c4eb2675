import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadEvalSets, loadSearchEvals, otherFieldsNote, splitBySet } from '../../../src/search/eval-file.ts';
import { errorText } from './error-text.ts';

const fixture = (name: string) => `tests/fixtures/search/${name}/search.yaml`;

function errorOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return errorText(error);
	}
	throw new Error('expected an error');
}

describe('the search eval file', () => {
	test('reads questions with one or several expected slugs and their lines', () => {
		const evals = loadSearchEvals(fixture('valid'));
		expect(evals.file).toBe('tests/fixtures/search/valid/search.yaml');
		expect(evals.name).toBe('search');
		expect(evals.questions).toEqual([
			{ query: 'mails go to junk', expect: ['emails-landing-in-spam'], index: 0, line: 2 },
			{
				query: 'dkim not found',
				expect: ['domain-stuck-pending', 'verify-domain'],
				note: 'asked in chat after a DNS move',
				index: 1,
				line: 4,
			},
		]);
	});

	test('a missing file says how to create it', () => {
		expect(errorOf(() => loadSearchEvals('tests/fixtures/search/none/search.yaml'))).toMatchInlineSnapshot(`
			"tests/fixtures/search/none/search.yaml not found: there are no search evals to run
			create it with a \`questions:\` list of \`{ query, expect }\`, or pass --questions <file>"
		`);
	});

	test('a folder, a workbook, UTF-16 text or a binary file is refused with what it is and what to save instead', () => {
		const dir = path.join('tests/.output/eval-file-kinds');
		mkdirSync(dir, { recursive: true });
		const utf16 = path.join(dir, 'questions.csv');
		writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('query,expect\n', 'utf16le')]));
		const binary = path.join(dir, 'questions.yaml');
		writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
		expect(errorOf(() => loadSearchEvals(dir))).toBe(
			`${dir} is a folder: --questions takes one file of questions\nname the YAML, JSON, CSV or TSV file itself`,
		);
		// A workbook named .xlsx is read by readSearchEvalFile (eval-workbook.test.ts); this reader refuses it.
		expect(errorOf(() => loadSearchEvals('tests/fixtures/tickets/xlsx-sheets/tickets.xlsx'))).toBe(
			'tests/fixtures/tickets/xlsx-sheets/tickets.xlsx is a spreadsheet workbook (Excel or another office file), not a file of questions\nsave it as an Excel Workbook (.xlsx) or its sheet as CSV UTF-8, with the columns query and expect',
		);
		expect(errorOf(() => loadSearchEvals(utf16))).toBe(
			`${utf16} is UTF-16 text ("Unicode text"), which the eval does not read\nsave it as UTF-8 (in Excel, File › Save As › CSV UTF-8)`,
		);
		expect(errorOf(() => loadSearchEvals(binary))).toBe(
			`${binary} is a binary file, not a file of questions\nwrite the questions as YAML, JSON, CSV, TSV or an Excel workbook`,
		);
	});

	test('broken YAML points at its line', () => {
		// Written here rather than kept as a fixture, so the formatter never meets a broken file.
		const file = 'tests/.output/search-eval-file/bad-yaml.yaml';
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, 'questions:\n  - query: mails go to junk\n    expect: [emails-landing-in-spam\n');
		expect(errorOf(() => loadSearchEvals(file))).toMatchInlineSnapshot(
			`"tests/.output/search-eval-file/bad-yaml.yaml:4: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"`,
		);
	});

	test('a JSON file is said to be JSON, and one nested thousands of levels deep too deep to read', () => {
		const file = 'tests/.output/search-eval-file/deep.json';
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, `${'['.repeat(5000)}${']'.repeat(5000)}`);
		expect(errorOf(() => loadSearchEvals(file))).toBe(
			`${file}:1: invalid JSON: its lists or objects are nested thousands of levels deep, too deep to read`,
		);
	});

	test('every bad field is reported with its line', () => {
		expect(errorOf(() => loadSearchEvals(fixture('bad-fields')))).toMatchInlineSnapshot(`
			"tests/fixtures/search/bad-fields/search.yaml:3: **questions.0.expect**: expected a list, received an object
			tests/fixtures/search/bad-fields/search.yaml:4: **questions.1.query**: expected non-empty text, received ""
			tests/fixtures/search/bad-fields/search.yaml:6: **questions.2.expect**: required: expected a list
			tests/fixtures/search/bad-fields/search.yaml:7: **questions.2**: unknown field "answer""
		`);
	});

	test('the same question twice is refused, whatever its case and spacing', () => {
		expect(errorOf(() => loadSearchEvals(fixture('duplicate')))).toMatchInlineSnapshot(
			`"tests/fixtures/search/duplicate/search.yaml:6: **questions.2.query**: "getting  429s" is asked twice (first on line 2) (remove one; a question counted twice skews the scores)"`,
		);
	});

	test('a bare YAML or JSON list of questions from anywhere on disk, with sets of its own', () => {
		const dir = 'tests/.output/search-eval-file';
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			`${dir}/mine.json`,
			JSON.stringify([
				{ query: 'mails go to junk', expect: 'emails-landing-in-spam', set: 'colloquial' },
				{ query: 'domian pending', expect: ['domain-stuck-pending'], set: 'typos' },
				{ query: 'rate limit', expect: 'api-rate-limits' },
				{
					query: 'dkim record',
					expect: ['https://help.acmemail.dev/articles/verify-domain/#dkim', '/articles/dmarc-reports/'],
				},
			]),
		);
		const file = loadSearchEvals(`${dir}/mine.json`);
		expect(file.questions.map((question) => question.expect)).toEqual([
			['emails-landing-in-spam'],
			['domain-stuck-pending'],
			['api-rate-limits'],
			// Addresses copied from the browser name their article.
			['verify-domain', 'dmarc-reports'],
		]);
		expect(splitBySet(file).map((set) => [set.name, set.questions.map((question) => question.query)])).toEqual([
			['colloquial', ['mails go to junk']],
			['typos', ['domian pending']],
			['mine', ['rate limit', 'dkim record']],
		]);
	});

	test('a spreadsheet saved as CSV or TSV: a header row, a question a row, several slugs in one cell', () => {
		const dir = 'tests/.output/search-eval-file';
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			`${dir}/sheet.csv`,
			'\uFEFFQuery,Expect,Set,Note\r\n' +
				'mails go to junk,emails-landing-in-spam,colloquial,\r\n' +
				'"where is my invoice, please",billing-invoices; /articles/download-invoices/,,from ticket T-12\r\n',
		);
		writeFileSync(`${dir}/sheet.tsv`, 'query\texpect\ndomian pending\tdomain-stuck-pending\n');
		const sheet = loadSearchEvals(`${dir}/sheet.csv`);
		expect(sheet.name).toBe('sheet');
		expect(sheet.questions).toEqual([
			{ query: 'mails go to junk', expect: ['emails-landing-in-spam'], set: 'colloquial', index: 0, line: 2 },
			{
				query: 'where is my invoice, please',
				expect: ['billing-invoices', 'download-invoices'],
				note: 'from ticket T-12',
				index: 1,
				line: 3,
			},
		]);
		expect(loadSearchEvals(`${dir}/sheet.tsv`).questions.map((question) => question.expect)).toEqual([
			['domain-stuck-pending'],
		]);
	});

	test('fields the eval does not read (an id, a spreadsheet’s other columns) are left out and named once', () => {
		const dir = 'tests/.output/search-eval-file';
		mkdirSync(dir, { recursive: true });
		writeFileSync(`${dir}/tracked.csv`, 'id,query,expect,owner\n7,mails go to junk,emails-landing-in-spam,kim\n');
		writeFileSync(
			`${dir}/tracked.yaml`,
			'- { id: 1, query: mails go to junk, expect: emails-landing-in-spam }\n- { query: getting 429s, expect: api-rate-limits, "\\e[31mtag": x }\n',
		);
		const sheet = loadSearchEvals(`${dir}/tracked.csv`);
		expect(sheet.questions).toEqual([
			{ query: 'mails go to junk', expect: ['emails-landing-in-spam'], index: 0, line: 2 },
		]);
		expect(otherFieldsNote(sheet)).toBe(
			'tests/.output/search-eval-file/tracked.csv: not read: "id", "owner" (a question is its query, expect, and set and note if given)',
		);
		const list = loadSearchEvals(`${dir}/tracked.yaml`);
		expect(list.questions.map((question) => question.query)).toEqual(['mails go to junk', 'getting 429s']);
		// A field's name is shown escaped: the file may come from anywhere.
		expect(otherFieldsNote(list)).toContain('not read: "id", "\\u001b[31mtag"');
		expect(otherFieldsNote(loadSearchEvals(fixture('valid')))).toBeUndefined();
	});

	test('a CSV that cannot be used names its file and row', () => {
		const dir = 'tests/.output/search-eval-file';
		mkdirSync(dir, { recursive: true });
		const problems = (name: string, text: string) => {
			writeFileSync(`${dir}/${name}`, text);
			return errorOf(() => loadSearchEvals(`${dir}/${name}`));
		};
		expect(problems('no-expect.csv', 'query,expect\nmails go to junk,\n')).toBe(
			'tests/.output/search-eval-file/no-expect.csv:2: **questions.0.expect**: required: expected a list',
		);
		expect(problems('answer.csv', 'query,answer\nmails go to junk,emails-landing-in-spam\n')).toBe(
			'tests/.output/search-eval-file/answer.csv:2: **questions.0.expect**: required: expected a list\n' +
				'tests/.output/search-eval-file/answer.csv:2: **questions.0**: unknown field "answer"',
		);
		expect(problems('quote.csv', 'query,expect\n"mails go to junk,emails-landing-in-spam\n')).toMatch(
			/^tests\/\.output\/search-eval-file\/quote\.csv:\d+: invalid CSV: /,
		);
	});

	test('the demo sets load in the order people read them', () => {
		expect(loadEvalSets('content/evals').map((set) => set.name)).toEqual(['exact', 'typos', 'sentences', 'colloquial']);
	});
});
