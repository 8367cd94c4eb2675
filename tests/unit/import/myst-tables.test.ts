import { describe, expect, test } from 'vitest';
import { mystDirectives } from '../../../src/import/convert/myst.ts';
import type { ConversionNote } from '../../../src/import/convert/types.ts';

const convert = (text: string) => {
	const notes: ConversionNote[] = [];
	return { markdown: mystDirectives(text, notes), notes };
};

describe('MyST tables written as lists or CSV', () => {
	test('a list table is the Markdown table it showed: its header row, cells with their inline Markdown, a caption over it', () => {
		const { markdown, notes } = convert(
			[
				'```{list-table} Plans and their limits',
				':header-rows: 1',
				':widths: 20 40',
				'',
				'* - Plan',
				'  - Daily limit',
				'* - **Team**',
				'  - 10,000 messages',
				'',
				'    More on request.',
				'* - Scale',
				'  - - 100,000 messages',
				'    - a | b',
				'```',
			].join('\n'),
		);
		expect(markdown).toContain(
			[
				'**Plans and their limits**',
				'',
				'| Plan | Daily limit |',
				'| --- | --- |',
				'| **Team** | 10,000 messages<br />More on request. |',
				'| Scale | - 100,000 messages<br />- a \\| b |',
			].join('\n'),
		);
		expect(markdown).not.toContain('tryblock-unknown');
		expect(notes).toEqual([]);
	});

	test('without header rows the header cells stay empty, so no row of data is shown as a heading; rows indented otherwise and empty cells read too', () => {
		const { markdown } = convert(['```{list-table}', '* - a1', '  - b1', '* - a2', '  - b2', '```'].join('\n'));
		expect(markdown).toContain('|   |   |\n| --- | --- |\n| a1 | b1 |\n| a2 | b2 |');
		const wider = convert(
			['```{list-table}', ':header-rows: 1', '*  - Symptom', '   - Cause', '*  - Slow pages', '   -', '```'].join('\n'),
		);
		expect(wider.markdown).toContain('| Symptom | Cause |\n| --- | --- |\n| Slow pages |   |');
	});

	test('a CSV table with its header and quoted values; one reading a file stays an import note', () => {
		const { markdown } = convert(
			['```{csv-table} Ports', ':header: "Port", "Use"', '', '25, "Relay, legacy"', '587, Submission', '```'].join(
				'\n',
			),
		);
		expect(markdown).toContain(
			'**Ports**\n\n| Port | Use |\n| --- | --- |\n| 25 | Relay, legacy |\n| 587 | Submission |',
		);
		const file = convert(['```{csv-table}', ':file: ports.csv', '```'].join('\n'));
		expect(file.markdown).toContain('tryblock-unknown{syntax="{csv-table');
	});

	test('a list table whose content is no list of lists is kept under an import note, as before', () => {
		const { markdown } = convert(['```{list-table}', 'Just a sentence.', '```'].join('\n'));
		expect(markdown).toContain('Just a sentence.');
		expect(markdown).toContain('tryblock-unknown{syntax="{list-table');
	});
});
