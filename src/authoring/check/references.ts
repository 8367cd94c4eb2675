import type { BodyReference } from './scan.ts';

const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i;

/** True when a reference loads a file into the page (an image), rather than leading to a page. */
export function isImageReference(reference: BodyReference): boolean {
	if (reference.type === 'image') return true;
	return reference.definition === true && IMAGE_FILE.test(reference.url.split(/[?#]/)[0] ?? '');
}

/** External addresses and inline data are never checked. */
export function isExternal(url: string): boolean {
	return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}
