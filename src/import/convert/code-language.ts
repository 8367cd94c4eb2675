import type { Element } from 'hast';

/** What a help-center editor calls a language, as the fence name Shiki knows. */
const aliases: Record<string, string> = {
	'c#': 'csharp',
	cs: 'csharp',
	'c++': 'cpp',
	js: 'javascript',
	ts: 'typescript',
	py: 'python',
	rb: 'ruby',
	sh: 'bash',
	shell: 'bash',
	console: 'bash',
	yml: 'yaml',
	html: 'html',
	xml: 'xml',
	plain: 'text',
	plaintext: 'text',
	none: 'text',
};

/**
 * Names that say no language was chosen: Zendesk's code block writes `language-auto`
 * when the author left its language to be guessed, highlight.js takes `nohighlight`.
 * The block is code without a language, as if none were named.
 */
const NO_LANGUAGE = new Set(['auto', 'nohighlight', 'no-highlight']);

const LANGUAGE = /^[a-z0-9][a-z0-9+#._-]{0,29}$/;

function fromClass(token: string): string | undefined {
	const match = /^(?:language|lang|highlight|brush|source)[-:_]\s*(.+)$/i.exec(token.trim());
	return match?.[1];
}

function candidates(element: Element): string[] {
	const properties = element.properties ?? {};
	const classes = Array.isArray(properties.className) ? properties.className.map(String) : [];
	// SyntaxHighlighter writes `class="brush: js; gutter: false"`.
	const brush = /brush:\s*([^;\s]+)/i.exec(classes.join(' '))?.[1];
	return [properties.dataLanguage, properties.dataLang, properties.lang, brush, ...classes.map(fromClass)].flatMap(
		(value) => (value === undefined || value === null || value === '' ? [] : [String(value)]),
	);
}

/**
 * The language of a code block, from the `<pre>` or its `<code>`: `language-js`,
 * `lang-js`, `brush: js`, `data-language="js"` (Zendesk, Intercom, Prism,
 * highlight.js and SyntaxHighlighter each use one of these).
 */
export function codeLanguage(pre: Element): string | undefined {
	const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
	for (const raw of [...(code ? candidates(code) : []), ...candidates(pre)]) {
		const name = raw.toLowerCase().trim();
		if (NO_LANGUAGE.has(name)) continue;
		const language = aliases[name] ?? name;
		if (LANGUAGE.test(language)) return language;
	}
	return undefined;
}
