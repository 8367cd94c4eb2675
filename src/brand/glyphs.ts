/**
 * Letters and digits drawn as strokes, for the generated logo and icons. Paths, not
 * text, so the PNG icons look the same on every machine that builds them, fonts
 * installed or not. Each glyph sits in a box 32 units tall (baseline at y = 32) and
 * `width` units wide; it is drawn with round caps and joins, 6 units thick.
 */
export interface StrokeGlyph {
	width: number;
	path: string;
}

export const strokeGlyphs: Readonly<Record<string, StrokeGlyph>> = {
	A: { width: 24, path: 'M0 32L12 0L24 32M4.5 21.5H19.5' },
	B: { width: 20, path: 'M0 16V0H10.5A7.5 8 0 0 1 10.5 16H0V32H11.5A8.5 8 0 0 0 11.5 16' },
	C: { width: 23, path: 'M22.2 5.5A12.5 16 0 1 0 22.2 26.5' },
	D: { width: 22, path: 'M0 0H7A15 16 0 0 1 7 32H0Z' },
	E: { width: 18, path: 'M18 0H0V32H18M0 16H15' },
	F: { width: 18, path: 'M18 0H0V32M0 16H15' },
	G: { width: 25, path: 'M22.2 5.5A12.5 16 0 1 0 25 18H15' },
	H: { width: 20, path: 'M0 0V32M20 0V32M0 16H20' },
	I: { width: 12, path: 'M0 0H12M6 0V32M0 32H12' },
	J: { width: 16, path: 'M16 0V22A8 10 0 0 1 0 22' },
	K: { width: 20, path: 'M0 0V32M19 0L0 20M7 13L20 32' },
	L: { width: 17, path: 'M0 0V32H17' },
	M: { width: 26, path: 'M0 32V0L13 20L26 0V32' },
	N: { width: 20, path: 'M0 32V0L20 32V0' },
	O: { width: 26, path: 'M13 0A13 16 0 1 0 13 32A13 16 0 1 0 13 0Z' },
	P: { width: 19, path: 'M0 32V0H10A9 9 0 0 1 10 18H0' },
	Q: { width: 26, path: 'M13 0A13 16 0 1 0 13 32A13 16 0 1 0 13 0ZM16 22L26 33' },
	R: { width: 20, path: 'M0 32V0H10A8.5 8.5 0 0 1 10 17H0M10 17L20 32' },
	S: { width: 20, path: 'M19 5C15 -1 1 -1 1 8C1 17 20 14 20 24C20 34 4 34 0 27' },
	T: { width: 22, path: 'M0 0H22M11 0V32' },
	U: { width: 20, path: 'M0 0V21A10 11 0 0 0 20 21V0' },
	V: { width: 24, path: 'M0 0L12 32L24 0' },
	W: { width: 32, path: 'M0 0L7 32L16 8L25 32L32 0' },
	X: { width: 22, path: 'M0 0L22 32M22 0L0 32' },
	Y: { width: 22, path: 'M0 0L11 16L22 0M11 16V32' },
	Z: { width: 20, path: 'M0 0H20L0 32H20' },
	'0': { width: 20, path: 'M10 0A10 16 0 1 0 10 32A10 16 0 1 0 10 0Z' },
	'1': { width: 10, path: 'M0 6L8 0V32' },
	'2': { width: 20, path: 'M1 7C3 -1 19 -2 19 9C19 17 6 22 0 32H20' },
	'3': { width: 20, path: 'M1 3C6 -1 19 -1 19 8C19 14 13 16 8 16C14 16 20 18 20 24C20 33 5 34 0 28' },
	'4': { width: 22, path: 'M16 32V0L0 22H22' },
	'5': { width: 20, path: 'M19 0H3L1 14C6 11 20 11 20 22C20 33 5 34 0 28' },
	'6': { width: 20, path: 'M16 0C7 3 0 11 0 21M0 21A10 10.5 0 1 0 20 21A10 10.5 0 1 0 0 21' },
	'7': { width: 20, path: 'M0 0H20L7 32' },
	'8': { width: 20, path: 'M10 0A8.5 8 0 1 0 10 16A8.5 8 0 1 0 10 0ZM10 16A10 8 0 1 0 10 32A10 8 0 1 0 10 16Z' },
	'9': { width: 20, path: 'M20 11A10 10.5 0 1 0 0 11A10 10.5 0 1 0 20 11M20 11C20 21 13 29 4 32' },
};

/**
 * The character an icon shows for a name: its first letter or digit, upper-cased, with
 * accents dropped when that leaves a drawable letter ("Émail" gives "E"). Undefined when
 * the name has no letter or digit at all.
 */
export function initialOf(name: string): string | undefined {
	const first = [...name.normalize('NFC')].find((character) => /[\p{L}\p{N}]/u.test(character));
	if (!first) return undefined;
	const upper = first.toLocaleUpperCase('en');
	const plain = upper.normalize('NFD').replace(/\p{M}/gu, '');
	return plain in strokeGlyphs ? plain : upper;
}
