// `npm run import`: articles from Zendesk, Intercom or a docs folder into content/articles/.
import { consoleIo } from '../src/authoring/command-io.ts';
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';
import { importUsage, runImportCommand } from '../src/import/command.ts';

await runCli(
	() =>
		runImportCommand(process.argv.slice(2), {
			contentDir: resolveContentDir(),
			root: process.cwd(),
			env: process.env,
			today: new Date(),
			io: consoleIo,
		}),
	importUsage,
);
