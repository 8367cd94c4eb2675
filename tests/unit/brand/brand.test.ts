import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { resolveBrand } from '../../../src/brand/assets.ts';
import { initialOf, strokeGlyphs } from '../../../src/brand/glyphs.ts';
import { iconPng, inkOn, markSvg } from '../../../src/brand/icon.ts';
import { pngSize, svgSize } from '../../../src/brand/image-size.ts';
import { ContentError } from '../../../src/content-model/errors.ts';
import { siteSettingsSchema } from '../../../src/content-model/schemas/site.ts';
import { loadConfig } from '../../../src/content-model/settings.ts';

const publicDir = path.resolve('tests/fixtures/brand/public');
const settings = (extra: Record<string, unknown> = {}) =>
	siteSettingsSchema.parse({
		name: 'Fixture Help',
		productName: 'fixture',
		tagline: 'Answers.',
		url: 'https://help.fixture.test',
		supportUrl: 'https://fixture.test/support',
		ticketUrlTemplate: 'https://desk.fixture.test/tickets/{id}',
		...extra,
	});

describe('the generated mark', () => {
	test('takes the first letter or digit of the name, upper-cased, accents dropped', () => {
		expect(initialOf('acme mail')).toBe('A');
		expect(initialOf('  42 Labs')).toBe('4');
		expect(initialOf('Émail')).toBe('E');
		expect(initialOf('ørsted')).toBe('Ø');
		expect(initialOf('東京メール')).toBe('東');
		expect(initialOf('---')).toBeUndefined();
	});

	test('every letter and digit is drawn as strokes, so the icons need no font', () => {
		for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') {
			expect(strokeGlyphs[character]?.path, character).toMatch(/^M/);
		}
		const svg = markSvg({ name: 'Acme', color: '#2f5bd3' });
		expect(svg).toContain('<rect width="64" height="64" rx="14" fill="#2f5bd3"/>');
		expect(svg).toContain(`d="${strokeGlyphs.A?.path}"`);
		expect(svg).not.toContain('<text');
	});

	test('sets other initials as escaped text, and draws a plain tile for a name without letters', () => {
		expect(markSvg({ name: '東京', color: '#2f5bd3' })).toContain('>東</text>');
		expect(markSvg({ name: '<&>', color: '#2f5bd3' })).not.toMatch(/<text|&(?!#)/);
	});

	test('picks the ink that contrasts most with the colour', () => {
		expect(inkOn('#2f5bd3')).toBe('#ffffff');
		expect(inkOn('#ffd400')).toBe('#111318');
		expect(markSvg({ name: 'Acme', color: '#ffd400' })).toContain('stroke="#111318"');
	});

	test('renders to a square PNG of the size asked, with the corners filled when a background is given', async () => {
		const png = Buffer.from(await iconPng(Buffer.from(markSvg({ name: 'Acme', color: '#2f5bd3' })), 180, '#2f5bd3'));
		expect(pngSize(png)).toEqual({ width: 180, height: 180 });
		const corner = await sharp(png).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer();
		expect([...corner.subarray(0, 3)]).toEqual([0x2f, 0x5b, 0xd3]);
		const transparent = await iconPng(Buffer.from(markSvg({ name: 'Acme', color: '#2f5bd3' })), 32);
		const alpha = await sharp(Buffer.from(transparent))
			.extract({ left: 0, top: 0, width: 1, height: 1 })
			.raw()
			.toBuffer();
		expect(alpha[3]).toBe(0);
	});
});

describe('image sizes', () => {
	test('reads a PNG header and refuses what is not a PNG', () => {
		expect(pngSize(Buffer.from('this is not a png'))).toBeUndefined();
	});

	test('reads an SVG viewBox, else its width and height', () => {
		expect(svgSize('<svg viewBox="0 0 120 32"></svg>')).toEqual({ width: 120, height: 32 });
		expect(svgSize('<?xml version="1.0"?><svg width="40px" height="20"></svg>')).toEqual({ width: 40, height: 20 });
		expect(svgSize('<svg></svg>')).toBeNull();
		expect(svgSize('<html></html>')).toBeUndefined();
	});
});

describe('resolveBrand', () => {
	test('without settings: the mark in the header, and generated SVG, PNG and home-screen icons', () => {
		const { brand, problems } = resolveBrand(settings(), publicDir);
		expect(problems).toEqual([]);
		expect(brand.logo).toEqual({ kind: 'mark', svg: markSvg({ name: 'fixture', color: '#2f5bd3' }) });
		expect(brand.icons).toEqual([
			{ rel: 'icon', href: '/icons/favicon-32.png', type: 'image/png', sizes: '32x32' },
			{ rel: 'icon', href: '/icons/favicon.svg', type: 'image/svg+xml' },
			{ rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' },
		]);
		expect(brand.generated.map((icon) => [icon.href, icon.size, icon.from])).toEqual([
			['/icons/favicon-32.png', 32, undefined],
			['/icons/favicon.svg', 64, undefined],
			['/icons/apple-touch-icon.png', 180, undefined],
		]);
	});

	test("with the team's files: their logo with its size, their favicon first as PNG, the rest drawn from it", () => {
		const { brand, problems } = resolveBrand(
			settings({ logo: { svg: '/brand/logo.svg', showName: false }, favicon: { png: '/brand/favicon.png' } }),
			publicDir,
		);
		expect(problems).toEqual([]);
		expect(brand.logo).toEqual({ kind: 'image', svg: '/brand/logo.svg', width: 120, height: 32 });
		expect(brand.showName).toBe(false);
		expect(brand.icons).toEqual([
			{ rel: 'icon', href: '/brand/favicon.png', type: 'image/png', sizes: '48x48' },
			{ rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' },
		]);
		expect(brand.generated).toEqual([
			{
				href: '/icons/apple-touch-icon.png',
				format: 'png',
				size: 180,
				from: path.join(publicDir, 'brand/favicon.png'),
			},
		]);
	});

	test('names each file that is missing, not what its extension says, or the wrong shape', () => {
		const { problems } = resolveBrand(
			settings({
				logo: { svg: '/brand/missing.svg', png: '/brand/not-really.png' },
				favicon: { svg: '/brand/logo.svg' },
				appleTouchIcon: '/brand/wide.png',
			}),
			publicDir,
		);
		expect(problems).toEqual([
			{
				field: 'site.logo.svg',
				message: '"/brand/missing.svg" is not in public/',
				hint: 'add the file as public/brand/missing.svg, or remove the setting to use the generated default',
			},
			{ field: 'site.logo.png', message: '"/brand/not-really.png" is not a PNG image', hint: 'export it as PNG again' },
			{
				field: 'site.appleTouchIcon',
				message: '"/brand/wide.png" is 200x100 pixels, not square',
				hint: 'phones crop it: use a square PNG of 180 x 180 pixels',
			},
		]);
	});
});

describe('brand settings', () => {
	test('reject bad paths, colours, links and endpoints with the line of each', () => {
		let message = '';
		try {
			loadConfig(path.resolve('tests/fixtures/brand/bad-settings'));
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			message = error.message.replaceAll(`${path.resolve('.')}/`, '');
		}
		expect(message).toMatchInlineSnapshot(`
			"tests/fixtures/brand/bad-settings/tryblock.yaml:8: **site.logo**: unknown field "alt"
			tests/fixtures/brand/bad-settings/tryblock.yaml:8: **site.logo**: expected an "svg" or "png" path for the logo, received an object
			tests/fixtures/brand/bad-settings/tryblock.yaml:9: **site.favicon.svg**: expected a path in public/ starting with "/" and ending in .svg, such as "/brand/logo.svg", received "brand/favicon.svg"
			tests/fixtures/brand/bad-settings/tryblock.yaml:9: **site.favicon.png**: expected a path inside public/, without "..", received "/../secrets/favicon.png"
			tests/fixtures/brand/bad-settings/tryblock.yaml:10: **site.appleTouchIcon**: expected a path in public/ starting with "/" and ending in .png, such as "/brand/logo.png", received "/brand/touch.jpg"
			tests/fixtures/brand/bad-settings/tryblock.yaml:11: **site.themeColor**: expected a colour as #rrggbb, such as "#2f5bd3", received "blue"
			tests/fixtures/brand/bad-settings/tryblock.yaml:13: **site.headerLinks.0.href**: expected an http(s) URL or a path starting with "/", received "javascript:alert(1)"
			tests/fixtures/brand/bad-settings/tryblock.yaml:14: **site.headerLinks.1.label**: expected non-empty text, received ""
			tests/fixtures/brand/bad-settings/tryblock.yaml:15: **site.feedback.endpoint**: expected a URL, received "ftp://collect.fixture.test""
		`);
	});
});
