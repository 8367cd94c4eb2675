/** Width and height of an image, in pixels (PNG) or user units (SVG). */
export interface ImageSize {
	width: number;
	height: number;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Size of a PNG from its header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): ImageSize | undefined {
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature)) return undefined;
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/**
 * Size of an SVG from its root element: the `viewBox`, or else plain `width` and
 * `height`. Undefined when the text has no `<svg>` element; `null` when it has one
 * but no size can be read (it still displays, at the size CSS gives it).
 */
export function svgSize(text: string): ImageSize | null | undefined {
	const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
	if (!tag) return undefined;
	const viewBox = attribute(tag, 'viewBox')
		?.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (viewBox?.length === 4 && viewBox.every(Number.isFinite) && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0) {
		return { width: viewBox[2] as number, height: viewBox[3] as number };
	}
	const width = Number.parseFloat(attribute(tag, 'width') ?? '');
	const height = Number.parseFloat(attribute(tag, 'height') ?? '');
	return width > 0 && height > 0 ? { width, height } : null;
}
