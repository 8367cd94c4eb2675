import { readFileSync } from 'node:fs';
import type { Generator } from './generators.ts';

/**
 * Whether the old site typeset `$…$` in a sentence as math: its configuration loads a math
 * plugin, VuePress 2's `@vuepress/plugin-markdown-math` (`markdownMathPlugin`), the older
 * `@vuepress/plugin-katex` or `vuepress-plugin-md-enhance`, a theme's `math: true`
 * (vuepress-theme-hope's markdown options), VitePress' `markdown: { math: true }`, or
 * Docusaurus' `remark-math`. Without one a
 * `$` is a dollar.
 */
const MATH_PLUGIN =
	/@vuepress\/plugin-(?:markdown-math|katex|mathjax)|\bmarkdownMathPlugin\b|vuepress-plugin-md-enhance|\bremark-math\b|\bmath\s*:\s*(?:true|\{)/;

export function typesetsDollarMath(generator: Generator | undefined): boolean {
	if (generator?.name !== 'vuepress' && generator?.name !== 'vitepress' && generator?.name !== 'docusaurus')
		return false;
	try {
		return MATH_PLUGIN.test(readFileSync(generator.config, 'utf8'));
	} catch {
		return false;
	}
}
