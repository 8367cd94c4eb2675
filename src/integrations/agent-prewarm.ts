import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-model/paths.ts';
import type { Audience } from '../content-model/schemas/article.ts';

/**
 * Starts converting article bodies for the agent files (llms.txt, .md, kb.json) on a
 * second thread when a build starts. It only fills a cache: the pages convert any
 * body it has not reached themselves, so the output never depends on it.
 */
export function agentPrewarm(options: { audience: Audience }): AstroIntegration {
	let worker: Worker | undefined;
	let root = process.cwd();
	// The pages link to `import.meta.env.SITE`, which is Astro's normalised `site`.
	let siteUrl = '';
	return {
		name: 'tryblock:agent-prewarm',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = path.resolve(new URL(config.root).pathname);
				siteUrl = config.site ?? '';
			},
			'astro:build:start': ({ logger }) => {
				worker = new Worker(path.join(root, 'src/agent/prewarm-worker.ts'), {
					workerData: { contentDir: resolveContentDir(), siteUrl, audience: options.audience, root },
				});
				worker.on('error', (error: Error) => logger.debug(`agent pre-warm stopped: ${error.message}`));
			},
			'astro:build:done': async () => {
				await worker?.terminate();
			},
		},
	};
}
