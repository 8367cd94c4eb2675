import { initialOf, strokeGlyphs } from './glyphs.ts';

/** The generated mark: a name's initial on a colour, as a square SVG. */
export interface MarkOptions {
	/** The name whose initial the mark shows (`site.productName`). */
	name: string;
	/** Background colour, `#rrggbb`. */
	color: string;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(color: string): number {
	const channels = [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number,
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever contrasts more with the background. */
export function inkOn(background: string): '#ffffff' | '#111318' {
	const light = luminance(background);
	const contrastWithWhite = 1.05 / (light + 0.05);
	const contrastWithDark = (light + 0.05) / (luminance('#111318') + 0.05);
	return contrastWithWhite >= contrastWithDark ? '#ffffff' : '#111318';
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The mark as an SVG document, 64 units square with rounded corners. Letters and digits
 * are drawn as strokes (same image everywhere); any other initial is set as text in the
 * system font, and a name without letters gets the plain tile.
 */
export function markSvg({ name, color }: MarkOptions): string {
	const initial = initialOf(name);
	const ink = inkOn(color);
	const glyph = initial ? strokeGlyphs[initial] : undefined;
	const figure = glyph
		? `<path transform="translate(${(64 - glyph.width) / 2} 16)" d="${glyph.path}" fill="none" stroke="${ink}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`
		: initial
			? `<text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="34" font-weight="700" fill="${ink}">${escapeXml(initial)}</text>`
			: '';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${color}"/>${figure}</svg>`;
}

/**
 * A square PNG icon of `size` pixels, drawn from an SVG or PNG (the mark by default).
 * `background` fills transparent parts: phones show a home-screen icon's transparent
 * corners as black.
 */
export async function iconPng(source: Buffer, size: number, background?: string): Promise<Uint8Array<ArrayBuffer>> {
	const { default: sharp } = await import('sharp');
	let image = sharp(source, { density: 300 }).resize(size, size, {
		fit: 'contain',
		background: { r: 0, g: 0, b: 0, alpha: 0 },
	});
	if (background) image = image.flatten({ background });
	return new Uint8Array(await image.png({ compressionLevel: 9 }).toBuffer());
}
