// `npm run check`: every content rule in one pass, without building the site.
import path from 'node:path';
import { runCheck } from '../src/authoring/check-command.ts';
import { consoleIo } from '../src/authoring/command-io.ts';
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';

const contentDir = resolveContentDir();
await runCli(() =>
	runCheck(process.argv.slice(2), {
		contentDir,
		root: process.cwd(),
		today: new Date(),
		io: consoleIo,
		env: process.env,
		color: process.stdout.isTTY,
		projectContent: contentDir === path.resolve('content'),
	}),
);
