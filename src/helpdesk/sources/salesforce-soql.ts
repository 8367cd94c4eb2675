// SOQL as the Salesforce source builds it: every value that goes into a query is made
// here, from a checked value, never spliced in as a setting or an answer holds it.
// Field names are checked against the API-name pattern (and, before the first query,
// against the Case's describe list); text is quoted with SOQL's escape sequences; times
// are written from a parsed date, as the unquoted dateTime literal SOQL takes.

/** A field's API name: letters, digits and `_`, starting with a letter (`Type`, `Product_Area__c`, `ns__Field__c`). */
const apiName = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

/** A field name for a SOQL query; throws on anything that is not an API name, so none reaches a query. */
export function soqlField(name: string): string {
	if (!apiName.test(name)) throw new Error(`not a Salesforce field API name: ${JSON.stringify(name)}`);
	return name;
}

/** SOQL's escape sequences for a quoted string (SOQL and SOSL Reference, "Quoted String Escape Sequences"). */
const escapes: Record<string, string> = {
	'\\': '\\\\',
	"'": "\\'",
	'"': '\\"',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
	'\b': '\\b',
	'\f': '\\f',
};

/** A text value as a quoted SOQL string literal: `'it\'s'`. */
export function soqlString(value: string): string {
	return `'${value.replace(/[\\'"\n\r\t\b\f]/g, (character) => escapes[character] as string)}'`;
}

/**
 * A time as SOQL's dateTime literal (`2026-03-14T10:22:00Z`, unquoted, as SOQL requires),
 * to the second, rounded down: a `>=` comparison with it never misses that second.
 * Throws on text that is not a time.
 */
export function soqlDateTime(value: string | Date): string {
	const time = value instanceof Date ? value.getTime() : Date.parse(value);
	if (Number.isNaN(time)) throw new Error(`not a time: ${JSON.stringify(String(value))}`);
	return new Date(Math.floor(time / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A Salesforce record id (15 or 18 letters and digits), quoted; throws on anything else. */
export function soqlId(id: string): string {
	if (!/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(id)) throw new Error(`not a Salesforce id: ${JSON.stringify(id)}`);
	return soqlString(id);
}
