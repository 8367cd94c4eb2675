import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SiteSettings } from '../content-model/schemas/site.ts';
import { markSvg } from './icon.ts';
import { type ImageSize, pngSize, svgSize } from './image-size.ts';

/** A `<link>` of the page head that names an icon. */
export interface IconLink {
	rel: 'icon' | 'apple-touch-icon';
	href: string;
	type?: 'image/svg+xml' | 'image/png';
	sizes?: string;
}

/** An icon the build writes because the settings name none: from the mark, or from the team's SVG favicon. */
export interface GeneratedIcon {
	/** Path on the site. */
	href: string;
	format: 'svg' | 'png';
	/** Pixels, for PNGs. */
	size: number;
	/** The team's favicon (absolute path, SVG preferred) to rasterize, when it has one; else the generated mark. */
	from?: string;
}

/** What the header shows before the site name. */
export type HeaderLogo =
	| { kind: 'image'; svg?: string; png?: string; width?: number; height?: number }
	| { kind: 'mark'; svg: string };

export interface Brand {
	logo: HeaderLogo;
	/** Whether the site name follows the logo. */
	showName: boolean;
	icons: IconLink[];
	generated: GeneratedIcon[];
	themeColor: string;
}

/** A setting naming a file that cannot be used, by its dotted field path. */
export interface BrandProblem {
	field: string;
	message: string;
	hint?: string;
}

export const generatedIconPaths = {
	svg: '/icons/favicon.svg',
	png: '/icons/favicon-32.png',
	appleTouch: '/icons/apple-touch-icon.png',
} as const;

interface CheckedFile {
	absolute: string;
	size?: ImageSize | null;
}

/** Reads a file the settings name in `public/` and checks it is the image its extension says. */
function checkFile(publicDir: string, href: string, field: string, problems: BrandProblem[]): CheckedFile | undefined {
	const absolute = path.join(publicDir, ...href.split('/').filter(Boolean));
	if (!existsSync(absolute) || !statSync(absolute).isFile()) {
		problems.push({
			field,
			message: `"${href}" is not in public/`,
			hint: `add the file as public${href}, or remove the setting to use the generated default`,
		});
		return undefined;
	}
	const bytes = readFileSync(absolute);
	if (href.toLowerCase().endsWith('.png')) {
		const size = pngSize(bytes);
		if (!size) problems.push({ field, message: `"${href}" is not a PNG image`, hint: 'export it as PNG again' });
		return { absolute, size };
	}
	const size = svgSize(bytes.toString('utf8'));
	if (size === undefined) problems.push({ field, message: `"${href}" has no <svg> element`, hint: 'save it as SVG' });
	return { absolute, size };
}

const sizesOf = (size: ImageSize | null | undefined) => (size ? `${size.width}x${size.height}` : undefined);

/**
 * The logo, icons and theme colour of the help center, from its settings: the team's
 * files where the settings name them (checked to exist in `public/` and to be what their
 * extension says), a mark generated from the product's initial everywhere else.
 */
export function resolveBrand(site: SiteSettings, publicDir: string): { brand: Brand; problems: BrandProblem[] } {
	const problems: BrandProblem[] = [];
	const check = (href: string | undefined, field: string) =>
		href ? checkFile(publicDir, href, field, problems) : undefined;
	const mark = markSvg({ name: site.productName, color: site.themeColor });

	let logo: HeaderLogo = { kind: 'mark', svg: mark };
	if (site.logo) {
		const svg = check(site.logo.svg, 'site.logo.svg');
		const png = check(site.logo.png, 'site.logo.png');
		const size = svg?.size ?? png?.size ?? undefined;
		logo = {
			kind: 'image',
			...(site.logo.svg ? { svg: site.logo.svg } : {}),
			...(site.logo.png ? { png: site.logo.png } : {}),
			...(size ? { width: size.width, height: size.height } : {}),
		};
	}

	const icons: IconLink[] = [];
	const generated: GeneratedIcon[] = [];
	const faviconSvg = check(site.favicon?.svg, 'site.favicon.svg');
	const faviconPng = check(site.favicon?.png, 'site.favicon.png');
	const teamFavicon = faviconSvg?.absolute ?? faviconPng?.absolute;
	const rasterSource = teamFavicon ? { from: teamFavicon } : {};
	// The PNG comes first with its size, so browsers that can show SVG still choose the SVG.
	if (site.favicon?.png) {
		const sizes = sizesOf(faviconPng?.size);
		icons.push({ rel: 'icon', href: site.favicon.png, type: 'image/png', ...(sizes ? { sizes } : {}) });
	} else {
		generated.push({ href: generatedIconPaths.png, format: 'png', size: 32, ...rasterSource });
		icons.push({ rel: 'icon', href: generatedIconPaths.png, type: 'image/png', sizes: '32x32' });
	}
	if (site.favicon?.svg) {
		icons.push({ rel: 'icon', href: site.favicon.svg, type: 'image/svg+xml' });
	} else if (!site.favicon) {
		generated.push({ href: generatedIconPaths.svg, format: 'svg', size: 64 });
		icons.push({ rel: 'icon', href: generatedIconPaths.svg, type: 'image/svg+xml' });
	}
	if (site.appleTouchIcon) {
		const touch = check(site.appleTouchIcon, 'site.appleTouchIcon');
		if (touch?.size && touch.size.width !== touch.size.height) {
			problems.push({
				field: 'site.appleTouchIcon',
				message: `"${site.appleTouchIcon}" is ${sizesOf(touch.size)} pixels, not square`,
				hint: 'phones crop it: use a square PNG of 180 x 180 pixels',
			});
		}
		icons.push({ rel: 'apple-touch-icon', href: site.appleTouchIcon });
	} else {
		generated.push({ href: generatedIconPaths.appleTouch, format: 'png', size: 180, ...rasterSource });
		icons.push({ rel: 'apple-touch-icon', href: generatedIconPaths.appleTouch });
	}

	return {
		brand: { logo, showName: site.logo?.showName ?? true, icons, generated, themeColor: site.themeColor },
		problems,
	};
}
