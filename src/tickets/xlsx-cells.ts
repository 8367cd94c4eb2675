// Cell values of an Excel workbook as a person sees them in Excel, and as the same
// export saved as CSV would give them: dates as dates, ids as the digits typed.

/** Excel's built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian ones). */
const builtInDateFormats = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
	57, 58,
]);

/**
 * Whether a number format shows the number as a date or time: a built-in date
 * format, or a custom code with a date or time token (`y`, `m`, `d`, `h`, `s`)
 * outside quoted text, escapes and brackets (`[Red]`, `[$-409]`; `[h]` counts).
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
	if (code === undefined) return builtInDateFormats.has(id);
	const section = (code.split(';', 1)[0] as string)
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/_.|\*./g, '')
		.replace(/\[(h+|m+|s+)\]/gi, 'h')
		.replace(/\[[^\]]*\]/g, '');
	if (/general/i.test(section) && !/[ymdhs]/i.test(section.replace(/general/gi, ''))) return false;
	return /[ymdhs]/i.test(section);
}

const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the 1900 date system, once Excel's phantom 1900-02-29 is allowed for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 of the 1904 date system (workbooks made on old Macs). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as the date (and time, when it has one) it shows in Excel, in ISO
 * 8601 without a zone: Excel's dates have none. Serials below 61 in the 1900 system
 * sit before Excel's phantom 1900-02-29 and are a day later than the count says.
 */
export function excelDateText(serial: number, date1904: boolean): string | undefined {
	if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
	const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
	const days = !date1904 && serial < 61 ? serial + 1 : serial;
	// Whole seconds, rounded as Excel shows them (a serial holds binary fractions of a day).
	const ms = Math.round((days * DAY_MS) / 1000) * 1000;
	const iso = new Date(epoch + ms).toISOString();
	const date = iso.slice(0, 10);
	const time = iso.slice(11, 19);
	return time === '00:00:00' ? date : `${date}T${time}`;
}

/**
 * A number as written in the cell's XML, in plain decimal: `1.23456789012E+11` →
 * `123456789012`, `123.0` → `123`, never exponent notation, and digit for digit
 * (an id longer than a double holds stays as stored).
 */
export function plainNumber(stored: string): string {
	const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(stored.trim());
	if (!match || (match[2] === '' && (match[3] ?? '') === '')) return stored.trim();
	const sign = match[1] === '-' ? '-' : '';
	let digits = `${match[2]}${match[3] ?? ''}`;
	let point = (match[2] as string).length + Number(match[4] ?? 0);
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	if (point > digits.length) digits += '0'.repeat(point - digits.length);
	const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
	const fraction = digits.slice(point).replace(/0+$/, '');
	const text = fraction === '' ? whole : `${whole}.${fraction}`;
	return text === '0' ? '0' : `${sign}${text}`;
}

/**
 * Text as OOXML stores it: characters XML cannot hold are written `_xHHHH_` (an
 * escape character is `_x001B_`), and `_x005F_` escapes the underscore. Decoded, so
 * the text reaches the same escaping as a CSV cell does.
 */
export function decodeXmlEscapes(text: string): string {
	if (!text.includes('_x')) return text;
	return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The address of a `HYPERLINK("…", …)` formula, unescaped; undefined for any other formula. */
export function hyperlinkFormulaTarget(formula: string): string | undefined {
	const match = /^\s*=?\s*(?:_xlfn\.)?HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula);
	return match ? (match[1] as string).replace(/""/g, '"') : undefined;
}

/** Column number (0-based) of a cell reference such as `AB12`; -1 when it is none. */
export function columnOfReference(reference: string): number {
	let column = 0;
	let index = 0;
	for (; index < reference.length; index++) {
		const code = reference.charCodeAt(index);
		const letter = code >= 97 ? code - 32 : code;
		if (letter < 65 || letter > 90) break;
		column = column * 26 + (letter - 64);
	}
	return index === 0 ? -1 : column - 1;
}

/** Row number (1-based) of a cell reference such as `AB12`; undefined when it has none. */
export function rowOfReference(reference: string): number | undefined {
	const match = /(\d+)$/.exec(reference);
	return match ? Number(match[1]) : undefined;
}
