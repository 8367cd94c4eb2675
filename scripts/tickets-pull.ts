// `npm run tickets:pull`: reads closed tickets from the helpdesk in tickets.source into
// the git-ignored cache .tryblock/tickets/<source>.jsonl, which the gate reads like an export.
import module from 'node:module';

// CI runs this on a schedule and on every pull request: Node's compile cache halves its
// start-up (no TypeScript stripping or compiling of unchanged files). Enabled before the
// rest loads, hence the dynamic imports below.
module.enableCompileCache?.();

const { runCli } = await import('../src/cli/run.ts');
const { ticketsPullMain } = await import('../src/helpdesk/cli.ts');
const { resolveContentDir } = await import('../src/content-model/paths.ts');

// Every page is saved with the position of the next before the next is asked for, so
// stopping here loses nothing: say how to go on, and exit like an interrupted command.
process.once('SIGINT', () => {
	process.stderr.write('\nInterrupted: the pages pulled so far are kept; run npm run tickets:pull again to resume.\n');
	process.exit(130);
});

await runCli(() =>
	ticketsPullMain(process.argv.slice(2), {
		contentDir: resolveContentDir(),
		stdout: (text) => process.stdout.write(text),
		stderr: process.stderr,
		env: process.env,
	}),
);
