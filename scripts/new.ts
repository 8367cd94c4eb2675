// `npm run new`: a new article or runbook from the template; asks in a terminal when run without flags.
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { consoleIo } from '../src/authoring/command-io.ts';
import { listContentFiles } from '../src/authoring/content-files.ts';
import { editorSchemaFiles, syncLanguageServerManifest } from '../src/authoring/editor.ts';
import { runNew } from '../src/authoring/new-command.ts';
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';
import { loadTaxonomy } from '../src/content-model/settings.ts';

const contentDir = resolveContentDir();
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;

await runCli(() =>
	runNew(process.argv.slice(2), {
		contentDir,
		now: new Date(),
		io: consoleIo,
		prompts: interactive ? prompts : undefined,
		onCreated: () => {
			// Editor completion for the new file (see src/authoring/editor.ts).
			if (contentDir !== path.resolve('content')) return;
			syncLanguageServerManifest(
				process.cwd(),
				listContentFiles(contentDir),
				editorSchemaFiles(contentDir, loadTaxonomy(contentDir)),
			);
		},
	}),
);
