import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { isActiveFile } from '../attachments/links.ts';
import type { ImageOutcome } from './convert/types.ts';
import type { AssetFetch, ImportSource } from './sources/types.ts';

/** The image formats Astro's image pipeline takes, told apart by their first bytes. */
export function imageExtension(bytes: Uint8Array): string | undefined {
	const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
	if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
	if (ascii(0, 4) === 'GIF8') return 'gif';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
	const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
	// Comments may stand before or after the DOCTYPE (Microsoft Visio writes one after it).
	if (/^(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE svg[^>]*>)\s*)*<svg[\s>]/i.test(head)) return 'svg';
	return undefined;
}

/** The last segment of an address, decoded: `Domain Settings (1).PNG`. */
function lastSegment(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '');
	} catch {
		return '';
	}
}

/** A name as a file name stem: `Domain Settings (1)` → `domain-settings-1`. */
function stemOf(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/** A file name from the image's address: `Domain Settings (1).PNG` → `domain-settings-1.png`. */
export function imageFileName(url: string, extension: string, index: number): string {
	const stem = stemOf(lastSegment(url).replace(/\.[a-z0-9]{1,5}$/i, ''));
	// Zendesk attachment addresses end in a bare number, which says nothing.
	return `${stem && !/^\d+$/.test(stem) ? stem : `image-${index + 1}`}.${extension}`;
}

const EXTENSION = /\.([A-Za-z0-9]{1,8})$/;

/** Extensions for files whose name has none, by the type the server gave. */
const typeExtensions: Record<string, string> = {
	'application/pdf': 'pdf',
	'application/zip': 'zip',
	'text/csv': 'csv',
	'text/plain': 'txt',
	'application/json': 'json',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'application/msword': 'doc',
	'application/vnd.ms-excel': 'xls',
};

/**
 * A file name for an attachment: its address's last segment when that names a file
 * (`Setup%20guide.PDF` → `setup-guide.pdf`), else the name the source or the link's
 * words give (Intercom's addresses often end in a bare number), else `attachment-2.pdf`
 * with the extension of the type the server gave.
 */
export function attachmentFileName(
	url: string,
	hint: string | undefined,
	contentType: string | undefined,
	index: number,
): string {
	const named = [lastSegment(url), hint?.trim() ?? ''].find(
		(name) => EXTENSION.test(name) && stemOf(name.replace(EXTENSION, '')),
	);
	if (named) return `${stemOf(named.replace(EXTENSION, ''))}.${(EXTENSION.exec(named)?.[1] ?? '').toLowerCase()}`;
	const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
	return `attachment-${index + 1}.${typeExtensions[type] ?? 'bin'}`;
}

/** A body that is a web page: what help centers answer for a file behind a sign-in. */
function isWebPage(bytes: Uint8Array): boolean {
	const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
	return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function decodeDataUri(url: string): AssetFetch {
	const match = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(url);
	if (!match) return { ok: false, reason: 'an unreadable data: address' };
	const bytes = match[2] ? Buffer.from(match[3] ?? '', 'base64') : Buffer.from(decodeURIComponent(match[3] ?? ''));
	return { ok: true, bytes, contentType: match[1] };
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			await work(items[index] as T, index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** An image or a file to copy beside an article. */
export interface AssetRequest {
	url: string;
	/** A name for it beyond its address: the source's file name, or the link's words. */
	name?: string;
	/** Another address to try when this one cannot be had. */
	alternate?: string;
}

export type AssetKind = 'image' | 'attachment';

export interface CopiedAsset {
	/** The address it was fetched from, as the report shows it. */
	url: string;
	/** Path of the file, relative to the content folder. */
	file: string;
}

const limits: Record<AssetKind, { maxBytes: number }> = {
	image: { maxBytes: 20 * 1024 ** 2 },
	// Zendesk takes attachments of up to 20 MB, Intercom more; past 50 MB a file does
	// not belong in a git repository.
	attachment: { maxBytes: 50 * 1024 ** 2 },
};

/** The file name an asset gets, or why it is not copied. */
function nameFor(
	kind: AssetKind,
	request: AssetRequest,
	fetched: AssetFetch & { ok: true },
	index: number,
): { name: string; reason?: undefined } | { name?: undefined; reason: string } {
	if (kind === 'image') {
		const extension = imageExtension(fetched.bytes);
		if (!extension) return { reason: 'not an image (PNG, JPEG, GIF, WebP, AVIF or SVG)' };
		return { name: imageFileName(request.url, extension, index) };
	}
	if (isWebPage(fetched.bytes))
		return { reason: 'the old help center answered with a web page, not the file (a sign-in page?)' };
	const name = attachmentFileName(request.url, request.name, fetched.contentType, index);
	if (isActiveFile(name) || /html|svg|xml|javascript/i.test(fetched.contentType ?? ''))
		return { reason: 'an HTML, SVG, XML or script file would run as a page of the help center' };
	return { name };
}

/**
 * The day a signed address stopped working, when it has (`YYYY-MM-DD`): Intercom's CDN
 * and CloudFront sign theirs with `expires` (seconds since 1970), S3 with `X-Amz-Date`
 * and `X-Amz-Expires`. A body saved from the API keeps the addresses of that day, so an
 * import of it weeks later finds its images refused.
 */
export function expiredOn(url: string, now: Date): string | undefined {
	let params: URLSearchParams;
	try {
		params = new URL(url).searchParams;
	} catch {
		return undefined;
	}
	const lower = new Map([...params].map(([key, value]) => [key.toLowerCase(), value] as const));
	let until: number | undefined;
	const seconds = lower.get('expires');
	if (seconds && /^\d{9,11}$/.test(seconds)) until = Number(seconds) * 1000;
	const signed = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(lower.get('x-amz-date') ?? '');
	const lasts = lower.get('x-amz-expires');
	if (signed && lasts && /^\d{1,7}$/.test(lasts)) {
		const [, year, month, day, hour, minute, second] = signed.map(Number) as number[];
		until = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second) + Number(lasts) * 1000;
	}
	if (until === undefined || Number.isNaN(until) || until > now.getTime()) return undefined;
	return new Date(until).toISOString().slice(0, 10);
}

/**
 * Fetches an article's images or attachments and saves them in a folder named after
 * the article, beside it, so the article refers to them as `./<slug>/<name>`, and
 * `npm run check`, Astro and the attachments integration find them. A file already
 * there with other bytes is never replaced: the new one gets another name. With
 * `dryRun` nothing is written, and only the files of a folder (and data URIs) are read.
 */
export async function copyAssets(
	kind: AssetKind,
	requests: AssetRequest[],
	options: { source: ImportSource; articleFile: string; slug: string; dryRun: boolean },
): Promise<{ outcomes: Map<string, ImageOutcome>; copied: CopiedAsset[] }> {
	const outcomes = new Map<string, ImageOutcome>();
	const copied: CopiedAsset[] = [];
	const folder = path.join(path.dirname(options.articleFile), options.slug);
	const used = new Set<string>();
	// A dry run fetches nothing from a network, but reads the files of a folder (and data URIs), so
	// it names them as the import would and an article it already wrote reads as unchanged.
	const local = (url: string) => url.startsWith('file:') || url.startsWith('data:');
	if (options.dryRun) for (const { url } of requests) if (!local(url)) outcomes.set(url, { kind: 'copied', src: url });
	const wanted = options.dryRun ? requests.filter(({ url }) => local(url)) : requests;
	const fetched: AssetFetch[] = [];
	await eachLimited(wanted, 4, async ({ url, alternate }, index) => {
		const result = url.startsWith('data:')
			? decodeDataUri(url)
			: await options.source.fetchAsset(url, limits[kind].maxBytes);
		const other =
			!result.ok && alternate && (!options.dryRun || local(alternate))
				? await options.source.fetchAsset(alternate, limits[kind].maxBytes)
				: undefined;
		fetched[index] = other?.ok ? other : result;
	});
	// Astro reads every image's size when it builds; one it cannot read (a damaged file, an
	// SVG whose first tag is too long to find, a diagram editor's) would stop the build.
	const sizeless = await Promise.all(
		fetched.map((result) =>
			kind === 'image' && result?.ok && imageExtension(result.bytes)
				? imageMetadata(result.bytes).then(
						() => false,
						() => true,
					)
				: false,
		),
	);
	wanted.forEach((request, index) => {
		const { url } = request;
		const result = fetched[index] ?? { ok: false, reason: 'not fetched' };
		const old = () => options.source.oldAddress?.(url) ?? url;
		if (!result.ok) {
			outcomes.set(url, { kind: 'missing', src: old(), reason: result.reason });
			return;
		}
		if (sizeless[index]) {
			outcomes.set(url, { kind: 'missing', src: old(), reason: 'Astro cannot read the size of this image' });
			return;
		}
		const named = nameFor(kind, request, result, index);
		if (named.name === undefined) {
			outcomes.set(url, { kind: 'missing', src: old(), reason: named.reason ?? 'not copied' });
			return;
		}
		let candidate = named.name;
		for (let n = 2; ; n++) {
			const target = path.join(folder, candidate);
			const same = existsSync(target) && Buffer.from(readFileSync(target)).equals(Buffer.from(result.bytes));
			if (!used.has(candidate) && (!existsSync(target) || same)) {
				if (!same && !options.dryRun) {
					mkdirSync(folder, { recursive: true });
					writeFileSync(target, result.bytes, { flag: 'wx' });
				}
				break;
			}
			candidate = named.name.replace(/(\.[a-z0-9]+)$/, `-${n}$1`);
		}
		used.add(candidate);
		outcomes.set(url, { kind: 'copied', src: `./${options.slug}/${candidate}` });
		if (!options.dryRun)
			copied.push({ url: url.startsWith('data:') ? url.slice(0, 40) : url, file: path.join(folder, candidate) });
	});
	return { outcomes, copied };
}
