import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mdxComponentNames } from '../markdown/mdx-components.ts';

/**
 * Writes the floor the issue measures Tryblock against: a bare Astro 7 project that
 * builds the same articles through unified with remark-gfm (Astro's other Markdown
 * defaults kept), one page per article, no layout, no search index. Built on the same
 * machine in the same run, it turns a noisy absolute time into a steadier ratio.
 */
export function writeBareAstroProject(options: { dir: string; contentDir: string; root: string }): void {
	const { dir, contentDir, root } = options;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(path.join(dir, 'src/pages/articles'), { recursive: true });
	symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const files: Record<string, string> = {
		'package.json': `${JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' })}\n`,
		'astro.config.mjs': `import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
	cacheDir: process.env.TRYBLOCK_CACHE_DIR,
	outDir: process.env.TRYBLOCK_OUT_DIR,
	markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
	integrations: [mdx()],
});
`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(path.join(contentDir, 'articles'))} }) }),
};
`,
		// A stub for each component the help center's pages give MDX, so the same articles build.
		...Object.fromEntries(mdxComponentNames.map((name) => [`src/${name}.astro`, '<aside><slot /></aside>\n'])),
		'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
${mdxComponentNames.map((name) => `import ${name} from '../../${name}.astro';`).join('\n')}

export async function getStaticPaths() {
	return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><body><Content components={{ ${mdxComponentNames.join(', ')} }} /></body></html>
`,
	};
	for (const [file, contents] of Object.entries(files)) writeFileSync(path.join(dir, file), contents);
}
