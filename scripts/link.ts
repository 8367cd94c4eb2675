// `npm run link -- <ticket-id> <slug>`: adds a ticket to a page's `tickets` list.
import { consoleIo } from '../src/authoring/command-io.ts';
import { runLink } from '../src/authoring/link-command.ts';
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';

await runCli(() =>
	runLink(process.argv.slice(2), { contentDir: resolveContentDir(), io: consoleIo, color: process.stderr.isTTY }),
);
