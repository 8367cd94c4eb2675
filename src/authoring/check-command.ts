import { existsSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { parseFlags } from '../cli/args.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { type LoadedContent, loadContent } from '../content-model/content.ts';
import { displayPath } from '../content-model/paths.ts';
import type { MdxVerdict } from '../markdown/mdx-components.ts';
import { createCheckContext } from './check/context.ts';
import { issueKinds } from './check/kinds.ts';
import { mdxCacheDir, openMdxCache } from './check/mdx-cache.ts';
import { formatCount, formatIssue, githubAnnotations, summarize } from './check/report.ts';
import { compareIssues, runChecks } from './check/run.ts';
import type { Issue } from './check/types.ts';
import type { CommandIo } from './command-io.ts';
import { listContentFiles } from './content-files.ts';
import { editorSchemaFiles, syncEditorSchemas, syncLanguageServerManifest } from './editor.ts';

export const checkUsage =
	'Usage: npm run check [-- <file or folder> ...]   (report only those; every page is still read for links)';

export interface CheckOptions {
	contentDir: string;
	/** The project root: `public/` and `.astro/` are found here. */
	root: string;
	today: Date;
	io: CommandIo;
	env: Record<string, string | undefined>;
	color?: boolean;
	/** True for the project's own content folder: editor schemas are kept in step with it. */
	projectContent?: boolean;
}

/** Every content rule over the content folder, without building the site. */
export function checkContent(
	content: LoadedContent,
	options: Pick<CheckOptions, 'root' | 'today'> & { mdxVerdict?: (body: string) => MdxVerdict },
): Issue[] {
	return runChecks(
		createCheckContext(content, {
			publicDir: path.join(options.root, 'public'),
			today: options.today,
			mdxVerdict: options.mdxVerdict,
		}),
	);
}

/** Keeps editor support in step; on CI, an out-of-date committed schema is an issue instead. */
function syncEditor(content: LoadedContent, options: CheckOptions): { issues: Issue[]; notes: string[] } {
	const ci = Boolean(options.env.CI) || options.env.GITHUB_ACTIONS === 'true';
	const schemas = editorSchemaFiles(content.contentDir, content.taxonomy);
	const { stale, written } = syncEditorSchemas(Object.values(schemas), { write: !ci });
	const issues = stale.map(
		(file): Issue => ({
			kind: issueKinds.editorSchema,
			file: displayPath(file),
			line: 1,
			column: 1,
			message: 'out of date with the taxonomy or the frontmatter schema',
			hint: 'run npm run check locally and commit the file',
		}),
	);
	const notes = written.map(
		(file) => `Updated ${displayPath(file)} to match the taxonomy and the frontmatter schema; commit it.`,
	);
	if (!ci) syncLanguageServerManifest(options.root, listContentFiles(content.contentDir), schemas);
	return { issues, notes };
}

function printSummary(issues: Issue[], pages: number, seconds: number, options: CheckOptions) {
	const paint = options.color ? pc : pc.createColors(false);
	const timing = `${pages} ${pages === 1 ? 'page' : 'pages'} in ${seconds.toFixed(2)} s`;
	if (issues.length === 0) {
		options.io.log(paint.green(`No problems in ${timing}.`));
		return;
	}
	const errors = issues.filter((issue) => issue.kind.severity === 'error').length;
	const counts = [formatCount(errors, 'error(s)'), formatCount(issues.length - errors, 'warning(s)')].join(', ');
	options.io.log('');
	options.io.log((errors > 0 ? paint.red : paint.yellow)(`${counts} in ${timing}:`));
	for (const { kind, count } of summarize(issues)) options.io.log(`  ${formatCount(count, kind.title)}`);
}

/**
 * `npm run check`: frontmatter, MDX bodies and the components they use, links and
 * anchors, images, audience, redirects, duplicate titles, template text and review age,
 * in one pass over the content. Exit 0 when there are no errors (warnings allowed), 1
 * when content falls short; a taxonomy or settings file that cannot be used throws and
 * exits 2.
 */
export function runCheck(argv: string[], options: CheckOptions): ExitCode {
	const { values, positionals } = parseFlags(argv, { help: { type: 'boolean', short: 'h' } }, { usage: checkUsage });
	if (values.help) {
		options.io.log(checkUsage);
		return ExitCode.ok;
	}
	const only = positionals.map((target) => {
		if (!existsSync(target)) throw new CliError(`${target} does not exist`, { hint: checkUsage });
		return path.resolve(target);
	});
	const started = performance.now();
	const content = loadContent(options.contentDir);
	const mdx = openMdxCache(mdxCacheDir(), options.root);
	let issues = checkContent(content, { ...options, mdxVerdict: mdx.verdict });
	mdx.save();
	const editor = options.projectContent ? syncEditor(content, options) : { issues: [], notes: [] };
	issues.push(...editor.issues);
	if (only.length > 0) {
		issues = issues.filter((issue) => {
			const file = path.resolve(issue.file);
			return only.some((target) => file === target || file.startsWith(target + path.sep));
		});
	}
	issues.sort(compareIssues);
	const seconds = (performance.now() - started) / 1000;

	for (const issue of issues) options.io.log(formatIssue(issue, options.color));
	for (const note of editor.notes) options.io.log(note);
	printSummary(issues, content.articles.length + content.runbooks.length, seconds, options);
	if (options.env.GITHUB_ACTIONS === 'true') for (const line of githubAnnotations(issues)) options.io.log(line);
	return issues.some((issue) => issue.kind.severity === 'error') ? ExitCode.shortfall : ExitCode.ok;
}
