import path from 'node:path';
import type { CommandIo } from '../authoring/command-io.ts';
import { parseFlags } from '../cli/args.ts';
import { CliError, ExitCode } from '../cli/run.ts';
import { nearest } from '../cli/suggest.ts';
import { plainLine } from '../cli/untrusted-text.ts';
import { contentPath } from '../content-model/paths.ts';
import { loadConfig } from '../content-model/settings.ts';
import type { ServiceClient } from '../http/client.ts';
import { ServiceError } from '../http/errors.ts';
import { createRedactor, type Redact } from './credentials.ts';
import { formatImportReport, importExitCode, oldSiteHint } from './report.ts';
import { runImport } from './run-import.ts';
import { type HelpCenterOptions, helpCenterClient } from './sources/api-client.ts';
import { document360Dump } from './sources/document360.ts';
import { document360Api, document360Settings } from './sources/document360-api.ts';
import { type FolderSourceOptions, folderSource } from './sources/folder.ts';
import { freshdeskDump } from './sources/freshdesk.ts';
import { freshdeskApi, freshdeskSettings } from './sources/freshdesk-api.ts';
import { helpScoutDocsDump } from './sources/helpscout-docs.ts';
import { helpScoutDocsApi, helpScoutDocsSettings } from './sources/helpscout-docs-api.ts';
import { intercomApi, intercomDump } from './sources/intercom.ts';
import { type ImportSource, SourceUnreadable } from './sources/types.ts';
import { zendeskApi, zendeskDump, zendeskSettings } from './sources/zendesk.ts';
import { zohodeskDump } from './sources/zohodesk.ts';
import { zohodeskApi, zohodeskSettings } from './sources/zohodesk-api.ts';

export const importUsage = `Usage:
  npm run import -- --from zendesk [--dump <file or folder>] [--locale <locale>] [options]
  npm run import -- --from intercom [--dump <file or folder>] [--locale <locale>] [options]
  npm run import -- --from freshdesk [--dump <folder>] [--old-site-url <portal address>] [options]
  npm run import -- --from helpscout-docs [--dump <folder>] [options]
  npm run import -- --from zohodesk [--dump <folder>] [--old-site-url <help center address>] [options]
  npm run import -- --from document360 [--dump <folder>] [--locale <code>] [--old-site-url <site address>] [options]
  npm run import -- --from folder <folder> [--base-path /docs] [--old-site-url <address>] [options]

Without --dump, Zendesk is read from its API (ZENDESK_SUBDOMAIN, ZENDESK_EMAIL,
ZENDESK_API_TOKEN), Intercom from its API (INTERCOM_TOKEN) and Freshdesk from its
API (FRESHDESK_DOMAIN, or FRESHDESK_URL, and FRESHDESK_API_KEY), Help Scout Docs
from its Docs API (HELPSCOUT_DOCS_API_KEY), Zoho Desk from its API (the ticket
pull's tickets.source, or ZOHO_DESK_ORG_ID and ZOHO_DESK_DATA_CENTER, and
ZOHO_DESK_CLIENT_ID, ZOHO_DESK_CLIENT_SECRET, ZOHO_DESK_REFRESH_TOKEN), Document360
from its API (DOCUMENT360_API_TOKEN; DOCUMENT360_DATA_CENTER=us for the US data
center). Freshdesk brings the portal's default language, Zoho Desk each article's
own, Document360 the workspace's default language unless --locale names another.

Options:
  --dry-run     print what would be written, write nothing (the first one writes
                content/import-map.yaml from the source's sections)
  --md          write new articles as Markdown instead of MDX (callouts become quotes)
  --offline     never download images; use only copies saved beside the dump
  --locale      the language to import where an article has several (default:
                the language each was written in; for a folder whose page files
                name their locale, setup.ja.mdx, the site's default locale; for a
                folder of one subfolder per language, en/ and ko/, the root locale
                of a VuePress or VitePress site's locales, else English; a folder's
                name or a locale's lang picks another; for a help center's pages a
                crawler saved, English, else the pages whose address names none)

Folder options:
  --base-path     the path the old site served the folder under (default: where
                  its generator serves it, Docusaurus' docs/ at /docs, VitePress
                  at its base, Fumadocs' content/docs at /docs, else /)
  --old-site-url  the old site's address (https://help.example.com/docs): links
                  to it are rewritten like links between the files, and links to
                  its other pages become absolute instead of losing their target

Freshdesk and Zoho Desk options:
  --old-site-url  the help center's own address when customers read it on another
                  domain than <domain>.freshdesk.com or desk.zoho.com
                  (https://support.acme.com): links to it lead to the imported
                  articles

Document360 options:
  --old-site-url  the knowledge base site's own domain (https://docs.acme.com):
                  links to it lead to the imported articles`;

const sources = ['zendesk', 'intercom', 'freshdesk', 'helpscout-docs', 'zohodesk', 'document360', 'folder'] as const;

const flags = {
	from: { type: 'string' },
	dump: { type: 'string' },
	locale: { type: 'string' },
	'base-path': { type: 'string' },
	'old-site-url': { type: 'string' },
	'dry-run': { type: 'boolean' },
	md: { type: 'boolean' },
	offline: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

export interface ImportCommandOptions {
	contentDir: string;
	/** The project root: API pulls and incoming versions go to `.tryblock/import/` under it. */
	root: string;
	env: Record<string, string | undefined>;
	today: Date;
	io: CommandIo;
}

/**
 * Where the old site served the folder: `--base-path`, and `--old-site-url` when given.
 * An address with a path (`https://example.com/docs`) gives the base path too.
 */
export function folderAddress(basePath: string | undefined, oldSiteUrl: string | undefined): FolderSourceOptions {
	if (oldSiteUrl === undefined) return basePath === undefined ? {} : { basePath };
	let oldSite: URL | undefined;
	try {
		oldSite = new URL(oldSiteUrl);
	} catch {
		oldSite = undefined;
	}
	if (
		!oldSite ||
		(oldSite.protocol !== 'http:' && oldSite.protocol !== 'https:') ||
		oldSite.username ||
		oldSite.password
	) {
		throw new CliError(`--old-site-url must be the old site's web address, received "${plainLine(oldSiteUrl, 200)}"`, {
			hint: 'for example --old-site-url https://help.example.com/docs',
		});
	}
	const trim = (value: string) => value.replace(/\/+$/, '') || '/';
	const urlPath = trim(decodeURIComponentSafe(oldSite.pathname));
	if (basePath !== undefined && urlPath !== '/' && trim(basePath) !== urlPath) {
		throw new CliError(
			`--base-path ${plainLine(basePath, 200)} and the path of --old-site-url (${plainLine(urlPath, 200)}) disagree`,
			{ hint: 'give the path once: in --old-site-url, or in --base-path with --old-site-url the site alone' },
		);
	}
	const given = basePath ?? (urlPath === '/' ? undefined : urlPath);
	return { ...(given === undefined ? {} : { basePath: given }), oldSite: new URL(oldSite.origin) };
}

function decodeURIComponentSafe(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

async function openSource(
	values: ImportFlags,
	positionals: string[],
	options: ImportCommandOptions,
	track: (client: ServiceClient) => void,
): Promise<ImportSource> {
	const from = values.from;
	if (!from) {
		throw new CliError('missing --from: say which help center to import', {
			hint: `--from ${sources.join(', --from ')}`,
		});
	}
	if (!(sources as readonly string[]).includes(from)) {
		const suggestion = nearest(from, sources);
		throw new CliError(`--from must be ${sources.join(', ')}, received "${from}"`, {
			...(suggestion ? { hint: `did you mean --from ${suggestion}?` } : {}),
		});
	}
	const common: HelpCenterOptions = {
		offline: values.offline === true,
		spoolDir: path.join(options.root, '.tryblock', 'import'),
		onWait: (wait) =>
			options.io.error(
				`${from}: ${wait.rateLimited ? 'rate limit' : `${wait.request} failed, ${wait.reason}`}; waiting ${Math.ceil(wait.seconds)} s`,
			),
		notice: (line) => options.io.error(line),
		locale: values.locale,
		onClient: track,
	};
	if (from === 'folder') {
		const folder = positionals[0] ?? values.dump;
		if (!folder)
			throw new CliError('missing the folder to import', { hint: 'npm run import -- --from folder <folder>' });
		return folderSource(path.resolve(folder), {
			...folderAddress(values['base-path'], values['old-site-url']),
			http: common.offline ? undefined : helpCenterClient('the old help center', common),
			now: options.today,
			...(values.locale === undefined ? {} : { locale: values.locale }),
		});
	}
	const oldSite = oldSiteOrigin(values);
	if (from === 'freshdesk') {
		refuseLocale(values, "Freshdesk: the import brings the portal's default language");
		const portal = { ...common, ...(oldSite ? { portal: oldSite } : {}) };
		const dump = dumpFolder(values, positionals, from, { folderAlone: true });
		return dump ? freshdeskDump(dump, portal) : freshdeskApi(freshdeskSettings(options.env), portal);
	}
	if (from === 'zohodesk') {
		refuseLocale(values, 'Zoho Desk: the import brings each article in the language it was written in');
		const portal = { ...common, ...(oldSite ? { portal: oldSite } : {}) };
		const dump = dumpFolder(values, positionals, from, { folderAlone: true });
		if (dump) return zohodeskDump(dump, portal);
		// The ticket pull's settings, when it pulls from Zoho Desk: the same organization and credentials.
		const pull = loadConfig(options.contentDir).tickets.source;
		return zohodeskApi(
			zohodeskSettings(
				options.env,
				pull?.type === 'zohodesk' ? pull : undefined,
				contentPath('config', options.contentDir),
			),
			portal,
		);
	}
	if (from === 'document360') {
		const site = { ...common, ...(oldSite ? { site: oldSite } : {}) };
		const dump = dumpFolder(values, positionals, from);
		return dump ? document360Dump(dump, site) : document360Api(document360Settings(options.env), site);
	}
	if (from === 'helpscout-docs') {
		refuseLocale(values, 'Help Scout Docs: a Docs site has one language');
		const dump = dumpFolder(values, positionals, from);
		return dump ? helpScoutDocsDump(dump, common) : helpScoutDocsApi(helpScoutDocsSettings(options.env), common);
	}
	const dump = dumpFolder(values, positionals, from);
	if (from === 'zendesk')
		return dump ? zendeskDump(dump, common) : zendeskApi(zendeskSettings(options.env, values.locale), common);
	return dump ? intercomDump(dump, common) : intercomApi(options.env, common);
}

type ImportFlags = ReturnType<typeof parseFlags<typeof flags>>['values'];

/** The old help center's own domain (`--old-site-url`), when customers read it elsewhere than the vendor's. */
function oldSiteOrigin(values: ImportFlags): string | undefined {
	const url = values['old-site-url'];
	return url === undefined ? undefined : folderAddress(undefined, url).oldSite?.origin;
}

/** A source that brings one language refuses `--locale`, saying why. */
function refuseLocale(values: ImportFlags, why: string): void {
	if (values.locale !== undefined)
		throw new CliError(`--locale is not read for ${why}`, { hint: 'run it without --locale' });
}

/**
 * The folder of saved lists: `--dump`, or for the sources that take it the folder alone
 * (`--from freshdesk exports/`); any other word is refused rather than ignored.
 */
function dumpFolder(
	values: ImportFlags,
	positionals: string[],
	from: string,
	options: { folderAlone?: boolean } = {},
): string | undefined {
	const alone = options.folderAlone && values.dump === undefined ? positionals[0] : undefined;
	const extra = positionals.slice(alone === undefined ? 0 : 1);
	if (extra.length > 0) {
		const word = plainLine(extra[0] ?? '', 200);
		throw new CliError(`unexpected "${word}"`, {
			hint:
				options.folderAlone || values.dump !== undefined
					? `npm run import -- --from ${from} [--dump <folder>]`
					: `pass saved lists with --dump ${word}`,
		});
	}
	const folder = values.dump ?? alone;
	return folder === undefined ? undefined : path.resolve(folder);
}

/**
 * `npm run import`: brings articles from Zendesk Guide, Intercom Articles or a
 * folder of Markdown into content/articles/. Exit 0 when everything came over
 * cleanly, 1 when some articles need review, 2 when the source cannot be read.
 */
export async function runImportCommand(argv: string[], options: ImportCommandOptions): Promise<ExitCode> {
	const { values, positionals } = parseFlags(argv, flags);
	if (values.help) {
		options.io.log(importUsage);
		return ExitCode.ok;
	}
	// Every client the source makes gives its credentials to `redact`: whatever the help
	// center echoes, each line printed (report, notices, errors) is scrubbed of them.
	const { track, redact, credentialed } = createRedactor();
	const io = {
		log: (line: string) => options.io.log(redact(line)),
		error: (line: string) => options.io.error(redact(line)),
	};
	try {
		const source = await openSource(values, positionals, { ...options, io }, track);
		const report = await runImport(source, {
			contentDir: options.contentDir,
			dryRun: values['dry-run'] === true,
			format: values.md ? 'md' : 'mdx',
			today: options.today,
			incomingDir: path.join(options.root, '.tryblock', 'import', 'incoming'),
			redact,
			savedScrubbed: credentialed(),
		});
		for (const line of formatImportReport(report)) io.log(line);
		if (values.from === 'folder' && !values['old-site-url']) {
			const hint = oldSiteHint(report);
			if (hint) io.log(hint);
		}
		return importExitCode(report);
	} catch (error) {
		throw scrubbedError(error, redact);
	}
}

/** An error as the command shows it: a source's or the client's as a one-line reason, every message scrubbed. */
function scrubbedError(error: unknown, redact: Redact): unknown {
	if (error instanceof SourceUnreadable || error instanceof ServiceError || error instanceof CliError) {
		const message = error instanceof CliError ? error.message : plainLine(error.message, 500);
		return new CliError(redact(message), {
			...(error instanceof CliError ? { exitCode: error.exitCode, usage: error.usage } : { usage: false }),
			...(error.hint ? { hint: redact(error.hint) } : {}),
		});
	}
	if (error instanceof Error) error.message = redact(error.message);
	return error;
}
