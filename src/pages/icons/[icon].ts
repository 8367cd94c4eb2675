import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { GeneratedIcon } from '../../brand/assets.ts';
import { generatedIconPaths } from '../../brand/assets.ts';
import { iconPng, markSvg } from '../../brand/icon.ts';
import { brand } from '../../site/brand.ts';
import { site } from '../../site/data.ts';

// The icons the settings do not name, generated at build time: the product's initial on
// the theme colour, or a PNG drawn from the team's own favicon.
export const getStaticPaths = (() =>
	brand.generated.map((icon) => ({
		params: { icon: icon.href.split('/').at(-1) },
		props: { icon },
	}))) satisfies GetStaticPaths;

const types = { svg: 'image/svg+xml', png: 'image/png' } as const;

export const GET: APIRoute = async ({ props }) => {
	const icon = props.icon as GeneratedIcon;
	const mark = markSvg({ name: site.productName, color: site.themeColor });
	if (icon.format === 'svg') return new Response(mark, { headers: { 'Content-Type': types.svg } });
	const source = icon.from ? readFileSync(icon.from) : Buffer.from(mark);
	// Phones fill a home-screen icon's transparent corners with black: fill them first.
	const background =
		icon.href === generatedIconPaths.appleTouch ? (icon.from ? '#ffffff' : site.themeColor) : undefined;
	return new Response(await iconPng(source, icon.size, background), { headers: { 'Content-Type': types.png } });
};
