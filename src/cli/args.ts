import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { CliError } from './run.ts';
import { nearest } from './suggest.ts';

/**
 * node:util's parseArgs, with its errors turned into one line that names the nearest
 * flag, or, with none near, `usage` (one line: what the command takes), for commands
 * whose script prints no usage of its own.
 */
export function parseFlags<const Options extends ParseArgsOptionsConfig>(
	argv: string[],
	options: Options,
	{ allowPositionals = true, usage }: { allowPositionals?: boolean; usage?: string } = {},
) {
	let parsed: ReturnType<
		typeof parseArgs<{ args: string[]; options: Options; allowPositionals: boolean; strict: true }>
	>;
	try {
		parsed = parseArgs({ args: argv, options, allowPositionals, strict: true });
	} catch (error) {
		const message = (error as Error).message.split('\n')[0] ?? '';
		const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
		if (unknown) {
			const suggestion = nearest(unknown.replace(/^-+/, ''), Object.keys(options));
			const hint = suggestion ? `did you mean --${suggestion}?` : usage;
			throw new CliError(`unknown option ${unknown}`, hint ? { hint } : {});
		}
		throw new CliError(message.replace(/\.$/, ''));
	}
	// `--tickets ""` (an unset shell variable) would otherwise mean the working directory.
	for (const [name, value] of Object.entries(parsed.values)) {
		const values = Array.isArray(value) ? value : [value];
		if (values.some((item) => typeof item === 'string' && item.trim() === '')) {
			throw new CliError(`--${name} needs a value, and received an empty one`, {
				hint: 'give it a value, or leave the option out for its default (an unset shell variable expands to nothing)',
			});
		}
	}
	return parsed;
}
