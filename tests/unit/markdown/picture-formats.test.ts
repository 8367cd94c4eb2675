import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import imageService, { gifSize } from '../../../src/integrations/image-service.ts';
import { chooseGifFormat, lighterOf, pictureDigest, takeWebpOf } from '../../../src/markdown/picture-formats.ts';
import { localGifPath, rehypePictureFormats } from '../../../src/markdown/rehype-picture-formats.ts';

/**
 * A GIF becomes WebP only when that makes it lighter. The fixtures are two small
 * animations: fine stripes moving a pixel a frame, few colours as in a recording of
 * text, which GIF stores in a fifteenth of the WebP's bytes; and a gradient sliding,
 * which WebP stores in a sixth of the GIF's.
 */
const fixtures = path.resolve('tests/fixtures/picture-formats');
const page = path.join(fixtures, 'page.md');
const stripes = readFileSync(path.join(fixtures, 'moving-stripes.gif'));
const gradient = readFileSync(path.join(fixtures, 'sliding-gradient.gif'));

// Each test starts as a first build: no choice remembered.
let cacheDir: string;
const previousCacheDir = process.env.TRYBLOCK_CACHE_DIR;
beforeEach(() => {
	cacheDir = mkdtempSync(path.join(tmpdir(), 'tryblock-pictures-'));
	process.env.TRYBLOCK_CACHE_DIR = cacheDir;
});
afterEach(() => {
	rmSync(cacheDir, { recursive: true, force: true });
});
afterAll(() => {
	if (previousCacheDir === undefined) delete process.env.TRYBLOCK_CACHE_DIR;
	else process.env.TRYBLOCK_CACHE_DIR = previousCacheDir;
});

const img = (properties: Element['properties']): Element => ({
	type: 'element',
	tagName: 'img',
	properties,
	children: [],
});
async function render(...images: Element[]) {
	const tree: Root = { type: 'root', children: images };
	await rehypePictureFormats()(tree, { path: page });
	return images.map((image) => image.properties.format);
}

describe('lighterOf', () => {
	test('keeps the original unless the WebP is strictly lighter', () => {
		expect(lighterOf(6_128_570, 2_949_756)).toBe('webp');
		expect(lighterOf(2_949_756, 6_128_570)).toBe('original');
		expect(lighterOf(1000, 1000)).toBe('original');
	});
});

describe('localGifPath', () => {
	test('resolves a GIF beside the page, its name decoded, its query and fragment dropped', () => {
		expect(localGifPath('./clips/export.gif', page)).toBe(path.join(fixtures, 'clips/export.gif'));
		expect(localGifPath('../Export%20now.GIF?v=2#top', page)).toBe(path.resolve(fixtures, '../Export now.GIF'));
	});

	test('leaves alone what is not a GIF of the page: other formats, remote, root-relative and data addresses', () => {
		for (const src of ['./clip.png', 'https://cdn.example.com/clip.gif', '/img/clip.gif', 'data:image/gif;base64,R0lG'])
			expect(localGifPath(src, page), src).toBeUndefined();
		expect(localGifPath('./clip.gif', undefined)).toBeUndefined();
		expect(localGifPath('./%E0%A4%A.gif', page)).toBeUndefined();
	});
});

describe('chooseGifFormat', () => {
	test('a GIF lighter than its WebP stays a GIF; one heavier becomes WebP, converted once', async () => {
		expect(await chooseGifFormat(stripes)).toBe('original');
		expect(await chooseGifFormat(gradient)).toBe('webp');
		// The WebP made to weigh it waits for the image service, once.
		const webp = takeWebpOf(pictureDigest(gradient));
		expect(webp?.byteLength).toBeLessThan(gradient.byteLength);
		expect((await sharp(webp).metadata()).pages).toBe(3);
		expect(takeWebpOf(pictureDigest(gradient))).toBeUndefined();
	});

	test('the choice is remembered by the GIF’s bytes in the cache folder, so a later build does not convert again', async () => {
		await chooseGifFormat(stripes);
		await chooseGifFormat(gradient);
		takeWebpOf(pictureDigest(gradient));
		const remembered = JSON.parse(readFileSync(path.join(cacheDir, 'picture-formats.json'), 'utf8'));
		expect(remembered).toEqual({ [pictureDigest(stripes)]: 'original', [pictureDigest(gradient)]: 'webp' });
		// A cache where the gradient was once weighed otherwise: its word stands, with no conversion.
		const other = mkdtempSync(path.join(tmpdir(), 'tryblock-pictures-'));
		writeFileSync(path.join(other, 'picture-formats.json'), JSON.stringify({ [pictureDigest(gradient)]: 'original' }));
		process.env.TRYBLOCK_CACHE_DIR = other;
		try {
			expect(await chooseGifFormat(gradient)).toBe('original');
			expect(takeWebpOf(pictureDigest(gradient))).toBeUndefined();
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	test('a file Sharp cannot read is left to Astro, which reports it', async () => {
		expect(await chooseGifFormat(readFileSync(path.join(fixtures, 'not-a-picture.gif')))).toBe('webp');
	});
});

describe('rehypePictureFormats', () => {
	test('asks for a GIF where the WebP would be heavier, and leaves the rest to become WebP', async () => {
		expect(
			await render(
				img({ src: './moving-stripes.gif', alt: 'Stripes' }),
				img({ src: './sliding-gradient.gif', alt: 'Gradient' }),
				img({ src: './not-a-picture.gif' }),
				img({ src: './missing.gif' }),
			),
		).toEqual(['gif', undefined, undefined, undefined]);
	});

	test('a picture whose author set a format or a size is left as written', async () => {
		expect(
			await render(
				img({ src: './moving-stripes.gif', format: 'png' }),
				img({ src: './moving-stripes.gif', width: 60 }),
				img({ src: './moving-stripes.gif', height: 40 }),
			),
		).toEqual(['png', undefined, undefined]);
	});
});

describe('the image service', () => {
	const settings = { service: { entrypoint: '', config: {} } } as Parameters<typeof imageService.transform>[2];
	const logger = console as unknown as Parameters<typeof imageService.transform>[3];
	type Transform = Parameters<typeof imageService.transform>[1];

	test('reads a GIF’s size from its header', () => {
		expect(gifSize(stripes)).toEqual({ width: 120, height: 80 });
		expect(gifSize(new TextEncoder().encode('not a gif at all'))).toBeUndefined();
	});

	test('writes a GIF kept as a GIF byte for byte', async () => {
		const kept = await imageService.transform(
			stripes,
			{ src: 'a.gif', format: 'gif', width: 120, height: 80 },
			settings,
			logger,
		);
		expect(kept).toEqual({ data: stripes, format: 'gif' });
		// As the dev server reads the same request from its address: what it lacks comes as null.
		const fromAddress = { src: 'a.gif', format: 'gif', width: 120, height: 80, quality: null, fit: null };
		const served = await imageService.transform(stripes, fromAddress as unknown as Transform, settings, logger);
		expect(served).toEqual({ data: stripes, format: 'gif' });
	});

	test('writes the WebP made to weigh a GIF instead of converting it again', async () => {
		await chooseGifFormat(gradient);
		const written = await imageService.transform(
			gradient,
			{ src: 'b.gif', format: 'webp', width: 64, height: 48 },
			settings,
			logger,
		);
		expect(written.format).toBe('webp');
		expect((await sharp(written.data).metadata()).pages).toBe(3);
		expect(takeWebpOf(pictureDigest(gradient))).toBeUndefined();
	});

	test('a GIF asked for at another size is resized, not passed through', async () => {
		const smaller = await imageService.transform(stripes, { src: 'a.gif', format: 'gif', width: 60 }, settings, logger);
		expect((await sharp(smaller.data).metadata()).width).toBe(60);
	});
});
