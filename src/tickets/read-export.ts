import { displayPath } from '../content-model/paths.ts';
import type { ColumnField } from './column-names.ts';
import type { ColumnMatcher } from './columns.ts';
import type { ParallelIngest } from './csv-split.ts';
import type { SettledDateOrder } from './date-order.ts';
import { describeNotUtf8, detectUtf16, lineAtOffset, NotUtf8Error } from './encoding.ts';
import { detectFormat, isWorkbookName, readSample, sampleText } from './export-files.ts';
import { type ExportFormat, type ReadSummary, type RowHandler, unusable } from './raw-row.ts';
import { type CsvEncoding, readCsv } from './read-csv.ts';
import { readJsonArray } from './read-json.ts';
import { readJsonLines } from './read-jsonl.ts';
import { readXlsx } from './read-xlsx.ts';
import { readZendeskXml } from './read-xml.ts';

export interface ExportSummary extends ReadSummary {
	/** Path as shown in messages. */
	file: string;
	format: ExportFormat;
	/** How its numeric closed dates were read when no `coverage.dateFormat` named their order (see date-order.ts). */
	dateOrder?: Omit<SettledDateOrder, 'file'>;
}

/**
 * Reads one export of any supported format, streaming its rows to `onRow`. With
 * `parallel`, a big CSV export is read by two threads (see `readCsv`); an Excel
 * workbook is read by this one.
 */
export async function readExport(
	path: string,
	options: { matcher: ColumnMatcher; required: readonly ColumnField[]; onRow: RowHandler; parallel?: ParallelIngest },
): Promise<ExportSummary> {
	const file = displayPath(path);
	const sample = readSample(path);
	if (
		sampleText(sample)
			.replace(/^\uFEFF/, '')
			.trim() === ''
	) {
		throw isWorkbookName(path)
			? unusable(file, 'is named as a workbook but is empty: the export or its download did not finish', {
					hint: 'export the closed tickets again and save the workbook whole',
				})
			: unusable(file, 'is empty: expected closed tickets (a CSV header row and rows, a JSON array or JSON Lines)', {
					hint: 'export the closed tickets again',
				});
	}
	const format = detectFormat(path, sample);
	const { parallel, ...rest } = options;
	const readOptions = { ...rest, file };
	if (format === 'xlsx') return { ...(await readXlsx(path, readOptions)), file, format };
	const utf16 = detectUtf16(sample);
	const encoding: CsvEncoding = utf16 ? (utf16.order === 'le' ? 'utf16le' : 'utf16be') : 'utf8';
	try {
		const summary =
			format === 'csv'
				? await readCsv(path, sampleText(sample), readOptions, parallel, encoding)
				: format === 'json'
					? await readJsonArray(path, readOptions)
					: format === 'xml'
						? await readZendeskXml(path, readOptions)
						: await readJsonLines(path, readOptions);
		return { ...summary, file, format };
	} catch (error) {
		if (!(error instanceof NotUtf8Error)) throw error;
		const { message, hint } = describeNotUtf8(error, format === 'csv');
		throw unusable(file, message, { line: await lineAtOffset(path, error.offset), hint });
	}
}
