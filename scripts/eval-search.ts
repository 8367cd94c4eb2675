// `npm run eval:search`: puts every eval question (content/evals/<set>.yaml) and every
// closed, linked ticket's subject (content/tickets/ and pulled caches) to the built site through the
// search UI's own query pipeline, and fails when a set or the tickets fall short.
import { runCli } from '../src/cli/run.ts';
import { resolveContentDir } from '../src/content-model/paths.ts';
import { evalSearchMain, usage } from '../src/search/cli.ts';

await runCli(
	() =>
		evalSearchMain(process.argv.slice(2), {
			contentDir: resolveContentDir(),
			stdout: (text) => process.stdout.write(text),
			stderr: (text) => process.stderr.write(text),
			color: process.stdout.isTTY === true && !process.env.NO_COLOR,
		}),
	usage(resolveContentDir()),
);
