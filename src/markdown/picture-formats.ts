import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { tryblockCacheDir, writeFileAtomic } from '../content-model/cache-files.ts';

/**
 * Astro turns every picture of a page into WebP. For an animated GIF, a help center's
 * usual screen recording, that can double its weight (a 2.9 MB recording became a
 * 6.1 MB WebP), which a customer on a phone then downloads. So a GIF becomes WebP only
 * when that makes it lighter. Which is lighter is known only by converting: the first
 * build converts each GIF once, keeps the WebP for the image service to write, and
 * remembers the choice by the GIF's bytes, so later builds neither convert nor weigh again.
 */

export type PictureChoice = 'original' | 'webp';

/** The lighter of a picture and its WebP; the original when they weigh the same, as it is the one the author chose. */
export function lighterOf(originalBytes: number, webpBytes: number): PictureChoice {
	return webpBytes < originalBytes ? 'webp' : 'original';
}

/** A picture's bytes, named by their digest: a GIF moved or copied to another article keeps its choice. */
export function pictureDigest(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

// Pages are rendered and pictures written in one build process, through modules Vite may
// load more than once: the WebPs waiting to be written live on globalThis.
const shared = globalThis as typeof globalThis & { tryblockWebpOfGif?: Map<string, Uint8Array> };
shared.tryblockWebpOfGif ??= new Map<string, Uint8Array>();
const waitingWebps = shared.tryblockWebpOfGif;

/** The WebP this build already made of a GIF, handed to the image service once. */
export function takeWebpOf(digest: string): Uint8Array | undefined {
	const webp = waitingWebps.get(digest);
	waitingWebps.delete(digest);
	return webp;
}

const choicesByFile = new Map<string, Record<string, PictureChoice>>();

function rememberedChoices(file: string): Record<string, PictureChoice> {
	let choices = choicesByFile.get(file);
	if (!choices) {
		try {
			choices = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PictureChoice>;
		} catch {
			// Nothing remembered yet, or a file cut short: each GIF is weighed again.
			choices = {};
		}
		choicesByFile.set(file, choices);
	}
	return choices;
}

/**
 * Whether a GIF is shown as it is or as WebP. The WebP is made as Astro's image service
 * makes it (Sharp's defaults, every frame, looping), so what is weighed is what would
 * be served. A GIF Sharp cannot read is left to Astro, which reports it.
 */
export async function chooseGifFormat(bytes: Uint8Array): Promise<PictureChoice> {
	const digest = pictureDigest(bytes);
	const file = tryblockCacheDir('picture-formats.json');
	const choices = rememberedChoices(file);
	const remembered = choices[digest];
	if (remembered === 'original' || remembered === 'webp') return remembered;
	let webp: Uint8Array;
	try {
		webp = await sharp(bytes, { failOn: 'none', pages: -1 }).rotate().webp({ loop: 0 }).toBuffer();
	} catch {
		return 'webp';
	}
	const choice = lighterOf(bytes.byteLength, webp.byteLength);
	if (choice === 'webp') waitingWebps.set(digest, webp);
	choices[digest] = choice;
	writeFileAtomic(file, JSON.stringify(choices));
	return choice;
}
