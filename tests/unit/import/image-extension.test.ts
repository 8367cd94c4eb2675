import { describe, expect, test } from 'vitest';
import { imageExtension } from '../../../src/import/assets.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('imageExtension: an SVG by its opening', () => {
	test('an SVG as Inkscape and editors write it: an XML declaration, comments, then <svg>', () => {
		expect(imageExtension(bytes('<?xml version="1.0"?>\n<!-- Created with Inkscape -->\n<svg xmlns="x">'))).toBe('svg');
	});

	test('a comment after the DOCTYPE, as Microsoft Visio exports it, is an SVG too', () => {
		expect(
			imageExtension(
				bytes(
					'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<!-- Generiert durch Microsoft Visio, SVG Export Komponenten.svg Zeichenblatt-1 -->\n<svg xmlns="http://www.w3.org/2000/svg">',
				),
			),
		).toBe('svg');
	});

	test('an HTML page is no image', () => {
		expect(imageExtension(bytes('<!DOCTYPE html>\n<html><svg></svg></html>'))).toBeUndefined();
	});
});
