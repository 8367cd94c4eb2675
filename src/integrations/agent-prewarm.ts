import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';

/**
 * Starts converting article bodies for the agent files (llms.txt, .md, kb.json) on a
 * second thread as soon as a build is configured, so the work overlaps Astro's content
 * sync and bundling, which keep only one core busy. It only fills a cache: the pages
 * convert any body it has not reached themselves, so the output never depends on it.
 */
export function agentPrewarm(options: { audience: Audience }): AstroIntegration {
	let worker: Worker | undefined;
	let building = false;
	return {
		name: 'tryblock:agent-prewarm',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config, logger }) => {
				if (!building) return;
				const root = fileURLToPath(config.root);
				// The pages link to `import.meta.env.SITE`, which is Astro's normalised `site`.
				const siteUrl = config.site ?? '';
				worker = new Worker(path.join(root, 'src/agent/prewarm-worker.ts'), {
					workerData: { contentDir: resolveContentDir(), siteUrl, audience: options.audience, root },
				});
				// A failed build must not wait for the cache to fill.
				worker.unref();
				worker.on('error', (error: Error) => logger.debug(`agent pre-warm stopped: ${error.message}`));
			},
			'astro:build:done': async () => {
				await worker?.terminate();
			},
		},
	};
}
