import { z } from 'astro/zod';

/** `redirects:` in `content/tryblock.yaml`: how the build writes `_redirects`. */
export const redirectsConfigSchema = z
	.strictObject({
		/**
		 * The host that serves the build, for the syntax of `_redirects`. `netlify` writes
		 * forced rules (`301!`), which Netlify applies even though a redirect page exists
		 * at the old address; Cloudflare Pages refuses that syntax, so `cloudflare` (and
		 * `other`, for GitLab Pages and the like) write plain `301`. `auto` (the default)
		 * reads the build's environment: `NETLIFY=true` on Netlify, `CF_PAGES=1` on
		 * Cloudflare Pages, `other` anywhere else.
		 */
		host: z.enum(['auto', 'netlify', 'cloudflare', 'other']).default('auto'),
	})
	.prefault({});

export type RedirectsConfig = z.output<typeof redirectsConfigSchema>;
