// `npm run check:coverage`: fails CI while a ticket category has closed tickets without a linked article.
import pc from 'picocolors';
import { runCli } from '../src/cli/run.ts';
import { checkCoverageMain, usage } from '../src/tickets/cli.ts';

await runCli(
	() => checkCoverageMain(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), colors: pc }),
	usage,
);
