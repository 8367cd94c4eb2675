import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { phrasingOnly } from './phrasing.ts';

/** Languages a reader may not recognise by their id. */
const languageNames: Record<string, string> = {
	bash: 'Shell',
	sh: 'Shell',
	shell: 'Shell',
	shellscript: 'Shell',
	zsh: 'Shell',
	console: 'Terminal',
	js: 'JavaScript',
	javascript: 'JavaScript',
	ts: 'TypeScript',
	typescript: 'TypeScript',
	py: 'Python',
	python: 'Python',
	rb: 'Ruby',
	ruby: 'Ruby',
	php: 'PHP',
	go: 'Go',
	java: 'Java',
	csharp: 'C#',
	cs: 'C#',
	json: 'JSON',
	jsonc: 'JSON',
	yaml: 'YAML',
	yml: 'YAML',
	xml: 'XML',
	html: 'HTML',
	http: 'HTTP',
	sql: 'SQL',
	dns: 'DNS',
	ini: 'INI',
	toml: 'TOML',
};

/** What the toolbar calls a code block's language: a readable name, or none for plain text. */
export function languageLabel(language: unknown): string | undefined {
	if (typeof language !== 'string' || language === '' || ['plaintext', 'text', 'txt', 'plain'].includes(language))
		return undefined;
	return languageNames[language.toLowerCase()] ?? language;
}

/**
 * Gives each highlighted code block a toolbar with its language and a "Copy" button.
 * The button stays hidden until the page's copy script (CodeCopy.astro) enables it, so a
 * reader without JavaScript never meets a button that does nothing. The block itself
 * keeps its own sideways scroll; the stylesheet adds the scroll shadows.
 */
export function rehypeCodeBlocks() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName === 'pre' && parent && index !== undefined) {
				if (parent.type === 'element' && String(parent.properties?.className ?? '').includes('code-block')) return SKIP;
				const label = languageLabel(node.properties?.dataLanguage);
				const toolbar: Element = {
					type: 'element',
					tagName: 'div',
					properties: { className: ['code-toolbar'], dataPagefindIgnore: true },
					children: [
						...(label
							? [
									{
										type: 'element',
										tagName: 'span',
										properties: { className: ['code-language'] },
										children: [{ type: 'text', value: label }],
									} satisfies Element,
								]
							: []),
						{
							type: 'element',
							tagName: 'button',
							properties: {
								type: 'button',
								className: ['button-secondary', 'copy-code'],
								dataCopyCode: true,
								hidden: true,
							},
							children: [
								{ type: 'text', value: 'Copy' },
								{
									type: 'element',
									tagName: 'span',
									properties: { className: ['sr-only'] },
									children: [{ type: 'text', value: ' code' }],
								},
							],
						},
						// Where the copy script says "Copied" to screen readers.
						{ type: 'element', tagName: 'span', properties: { className: ['sr-only'], role: 'status' }, children: [] },
					],
				};
				parent.children[index] = {
					type: 'element',
					tagName: 'div',
					properties: { className: ['code-block'] },
					children: [toolbar, node],
				};
				return SKIP;
			}
			if (phrasingOnly.has(node.tagName)) return SKIP;
		});
	};
}
