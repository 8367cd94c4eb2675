import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
	if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg';
	return undefined;
}

/** A file name from the image's address: `Domain Settings (1).PNG` → `domain-settings-1.png`. */
export function imageFileName(url: string, extension: string, index: number): string {
	let last = '';
	try {
		last = decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '');
	} catch {
		last = '';
	}
	const stem = last
		.replace(/\.[a-z0-9]{1,5}$/i, '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	// Zendesk attachment addresses end in a bare number, which says nothing.
	return `${stem && !/^\d+$/.test(stem) ? stem : `image-${index + 1}`}.${extension}`;
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

export interface CopiedImage {
	url: string;
	/** Path of the file, relative to the content folder. */
	file: string;
}

/**
 * Fetches an article's images and saves them in a folder named after the article,
 * beside it, so the article refers to them as `./<slug>/<name>` and `npm run check`
 * and Astro find them. A file already there with other bytes is never replaced: the
 * new image gets another name. With `dryRun` nothing is fetched or written.
 */
export async function copyImages(
	urls: string[],
	options: { source: ImportSource; articleFile: string; slug: string; dryRun: boolean },
): Promise<{ outcomes: Map<string, ImageOutcome>; copied: CopiedImage[] }> {
	const outcomes = new Map<string, ImageOutcome>();
	const copied: CopiedImage[] = [];
	const folder = path.join(path.dirname(options.articleFile), options.slug);
	const used = new Set<string>();
	if (options.dryRun) {
		for (const url of urls) outcomes.set(url, { kind: 'copied', src: url });
		return { outcomes, copied };
	}
	const fetched: AssetFetch[] = [];
	await eachLimited(urls, 4, async (url, index) => {
		fetched[index] = url.startsWith('data:') ? decodeDataUri(url) : await options.source.fetchAsset(url);
	});
	urls.forEach((url, index) => {
		const result = fetched[index] ?? { ok: false, reason: 'not fetched' };
		const shown = url.startsWith('data:') ? url.slice(0, 40) : url;
		if (!result.ok) {
			outcomes.set(url, { kind: 'missing', src: url, reason: result.reason });
			return;
		}
		const extension = imageExtension(result.bytes);
		if (!extension) {
			outcomes.set(url, { kind: 'missing', src: url, reason: 'not an image (PNG, JPEG, GIF, WebP, AVIF or SVG)' });
			return;
		}
		const name = imageFileName(url, extension, index);
		let candidate = name;
		for (let n = 2; ; n++) {
			const target = path.join(folder, candidate);
			const same = existsSync(target) && Buffer.from(readFileSync(target)).equals(Buffer.from(result.bytes));
			if (!used.has(candidate) && (!existsSync(target) || same)) {
				if (!same) {
					mkdirSync(folder, { recursive: true });
					writeFileSync(target, result.bytes, { flag: 'wx' });
				}
				break;
			}
			candidate = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
		}
		used.add(candidate);
		outcomes.set(url, { kind: 'copied', src: `./${options.slug}/${candidate}` });
		copied.push({ url: shown, file: path.join(folder, candidate) });
	});
	return { outcomes, copied };
}
