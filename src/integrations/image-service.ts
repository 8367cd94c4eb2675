import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { pictureDigest, takeWebpOf } from '../markdown/picture-formats.ts';

type Transform = Parameters<LocalImageService['transform']>[1];

/** A GIF's width and height, from its header. */
export function gifSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	if (bytes.byteLength < 10 || new TextDecoder().decode(bytes.subarray(0, 4)) !== 'GIF8') return undefined;
	return { width: (bytes[6] ?? 0) | ((bytes[7] ?? 0) << 8), height: (bytes[8] ?? 0) | ((bytes[9] ?? 0) << 8) };
}

/** Whether a transform of a picture changes nothing but its format: no size, quality, fit or background of its own. */
export function onlyChangesFormat(transform: Transform, size: { width: number; height: number }): boolean {
	return (
		(transform.width === undefined || transform.width === size.width) &&
		(transform.height === undefined || transform.height === size.height) &&
		// Unset, or null as Astro's dev server reads them from an address without them.
		[transform.quality, transform.fit, transform.background].every((value) => value === undefined || value === null)
	);
}

/**
 * Astro's image service, writing what rehype-picture-formats chose. A GIF kept as a GIF
 * is written as it is: Sharp would re-encode it, heavier or with fewer colours. A GIF
 * already converted to weigh it is not converted a second time.
 */
const imageService: LocalImageService = {
	...sharpService,
	async transform(inputBuffer, transform, settings, logger) {
		const size = gifSize(inputBuffer);
		if (size && onlyChangesFormat(transform, size)) {
			if (transform.format === 'gif') return { data: inputBuffer, format: 'gif' };
			if (transform.format === 'webp') {
				const webp = takeWebpOf(pictureDigest(inputBuffer));
				if (webp) return { data: webp, format: 'webp' };
			}
		}
		return sharpService.transform(inputBuffer, transform, settings, logger);
	},
};

export default imageService;
