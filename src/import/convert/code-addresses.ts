/** A string literal: `'img/plan.png'`, `"…"` or a template without placeholders. */
const LITERAL = /^(["'`])([^"'`\n]+)\1$/;
/** Docusaurus' `useBaseUrl('img/plan.png')`, with or without its options. */
const BASE_URL_CALL = /^useBaseUrl\s*\(\s*(["'`])([^"'`\n]+)\1\s*(?:,\s*\{[^{}]*\}\s*)?\)$/;
/** A bundler's `require('./plan.png')`, often with `.default`. */
const REQUIRE_CALL = /^require\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)(?:\.default)?$/;
/** An address with a scheme (`https:`, `data:`), which stays as written. */
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/**
 * The address an MDX attribute writes as code, as Docusaurus sites write their pictures'
 * (`<img src={useBaseUrl('img/plan.png')} />`): `useBaseUrl('img/plan.png')` is the
 * site's static file `/img/plan.png`, as is `require('@site/static/img/plan.png').default`;
 * `require('./plan.png').default` is beside the page; a string in braces is itself.
 * Undefined for any other code, which only running the site could tell.
 */
export function addressFromCode(code: string): string | undefined {
	const text = code.trim();
	const literal = LITERAL.exec(text)?.[2];
	if (literal !== undefined) return literal;
	const based = BASE_URL_CALL.exec(text)?.[2];
	if (based !== undefined) return ABSOLUTE.test(based) ? based : `/${based.replace(/^\/+/, '')}`;
	const required = REQUIRE_CALL.exec(text)?.[2];
	if (required === undefined) return undefined;
	if (required.startsWith('@site/static/')) return `/${required.slice('@site/static/'.length)}`;
	return required.startsWith('@') ? undefined : required;
}

/** The light theme's entry of a `sources` object (`{ light: useBaseUrl('/img/a.png'), dark: … }`). */
const LIGHT_SOURCE =
	/(?:^|[{,\s])light\s*:\s*(useBaseUrl\s*\([^)]*\)|require\s*\([^)]*\)(?:\.default)?|(["'`])[^"'`\n]*\2)/;

/**
 * The picture of Docusaurus' `<ThemedImage sources={{ light: …, dark: … }} />`, which shows
 * one per colour theme: the light one, the site's default, read as `addressFromCode` reads an
 * address.
 */
export function themedImageAddress(sources: string): string | undefined {
	const light = LIGHT_SOURCE.exec(sources)?.[1];
	return light === undefined ? undefined : addressFromCode(light);
}
