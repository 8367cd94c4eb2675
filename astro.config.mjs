// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import {
	astroCacheDir,
	markdownRenderSources,
	retireStaleAstroCache,
	sourcesVersion,
} from './src/content-model/cache-files.ts';
import { resolveContentDir } from './src/content-model/paths.ts';
import { loadConfig } from './src/content-model/settings.ts';
import { resolveAudience } from './src/content-model/visibility.ts';
import { agentPrewarm } from './src/integrations/agent-prewarm.ts';
import { attachments } from './src/integrations/attachments.ts';
import { brandCheck } from './src/integrations/brand-check.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteRedirects } from './src/integrations/redirects.ts';
import { orStopBuild } from './src/integrations/stop-build.ts';
import { remarkPlugins } from './src/markdown/mdx-syntax.ts';
import { rehypeAttachmentLinks } from './src/markdown/rehype-attachment-links.ts';
import { rehypeCodeBlocks } from './src/markdown/rehype-code-blocks.ts';
import { rehypeInlineCode } from './src/markdown/rehype-inline-code.ts';
import { rehypeLinkListsOutOfSearch } from './src/markdown/rehype-link-lists.ts';
import { rehypePictureFormats } from './src/markdown/rehype-picture-formats.ts';
import { rehypeSafeAddresses } from './src/markdown/rehype-safe-addresses.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from './src/markdown/rehype-task-list-labels.ts';
import { remarkLinkedImageAlt } from './src/markdown/remark-linked-image-alt.ts';
import { shikiWholeLines } from './src/markdown/shiki-whole-lines.ts';

// One codebase, two builds: TRYBLOCK_AUDIENCE=internal builds the team's handbook.
const audience = resolveAudience();
// Unusable settings stop the build with the file and line, not Astro's stack trace.
const { site } = orStopBuild(() => loadConfig());
// Old addresses (content/redirects.yaml) and pages of categories this build does not show.
const redirects = siteRedirects({ audience });
const cacheDir = astroCacheDir(audience, resolveContentDir(), process.cwd());
// Astro cannot see a change to the Markdown plugins below: a cache filled by older ones goes.
retireStaleAstroCache(cacheDir, sourcesVersion(process.cwd(), markdownRenderSources(process.cwd())));
/** @type {number | undefined} */
let publishedPages;

export default defineConfig({
	site: site.url,
	// Tests and benchmarks build fixture content into folders of their own.
	outDir: process.env.TRYBLOCK_OUT_DIR ?? (audience === 'internal' ? './dist-internal' : './dist'),
	// A cache per audience and per content folder (see astroCacheDir).
	cacheDir,
	trailingSlash: 'ignore',
	// Writing a page waits on the disk; rendering a few at once keeps the CPU busy meanwhile
	// (a third faster on 1000 articles).
	build: { format: 'directory', concurrency: 4 },
	// A GIF becomes WebP only when that makes it lighter (src/markdown/picture-formats.ts).
	image: { service: { entrypoint: './src/integrations/image-service.ts' } },
	markdown: {
		processor: unified({
			gfm: false,
			// Text stays as authors typed it: SmartyPants would turn `--from` in a sentence into
			// "–from" and straight quotes into curly ones, which customers then paste into
			// terminals and DNS panels, and the agent Markdown would differ from the page.
			smartypants: false,
			// GFM; `npm run check` parses MDX bodies with the same list (src/markdown/mdx-syntax.ts).
			// A link made only of pictures takes their titles as its name (it adds no syntax).
			remarkPlugins: [...remarkPlugins, remarkLinkedImageAlt],
			rehypePlugins: [
				// No address that runs code (`javascript:`) reaches a page, whoever wrote or imported it.
				rehypeSafeAddresses,
				rehypeScrollableTables,
				rehypeTaskListLabels,
				rehypeCodeBlocks,
				rehypeInlineCode,
				// Links to files beside a page lead to where the attachments integration serves them.
				rehypeAttachmentLinks,
				rehypePictureFormats,
				// Lists of links to other pages stay on the page but out of the search index.
				rehypeLinkListsOutOfSearch,
			],
		}),
		// One highlighting pass; the colours of both themes are CSS variables in global.css.
		// Every line is highlighted whole, however busy the machine (see shiki-whole-lines.ts).
		shikiConfig: { theme: 'css-variables', transformers: [shikiWholeLines] },
	},
	integrations: [
		contentGuard({ audience, onPublished: (count) => (publishedPages = count) }),
		agentPrewarm({ audience }),
		brandCheck(),
		mdx(),
		// Addresses that redirect stay out of the sitemap.
		sitemap({ filter: (page) => !redirects.isRedirect(new URL(page).pathname) }),
		pagefindIndex({ expectedPages: () => publishedPages, language: site.language }),
		redirects,
		// Files pages link beside them (PDFs, spreadsheets), for published pages only.
		attachments({ audience }),
		// `npm run dev` serves the last build's search index (Pagefind only indexes built pages).
		devSearch(),
	],
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Astro's MDX integration marks modules with a directive the bundler warns
					// about for every .mdx file; the output is correct, the noise hides real warnings.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	devToolbar: { enabled: false },
	experimental: {
		// Article, category and area pages carry a `cacheKey` (src/site/cache-keys.ts); a
		// page whose key and code are unchanged is copied from the last build. The
		// agent Markdown files render from their own cache, as fast as a copy, so they
		// do not pay for a second write of each file into Astro's cache.
		incrementalBuild: true,
	},
});
