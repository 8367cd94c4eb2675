// `npm run check:coverage`: fails CI while a ticket category has closed tickets without a linked article.
import pc from 'picocolors';
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';
import { checkCoverageMain, usage } from '../src/tickets/cli.ts';

await runCli(
	() =>
		checkCoverageMain(process.argv.slice(2), {
			contentDir: resolveContentDir(),
			stdout: (text) => process.stdout.write(text),
			colors: pc,
		}),
	usage(resolveContentDir()),
);
