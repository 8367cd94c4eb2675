import { z } from 'astro/zod';
import { oneLineText, plainText } from './fields.ts';
import { languageTag } from './language.ts';

/** A file in the site's `public/` folder, by its path on the site: `/brand/logo.svg` is `public/brand/logo.svg`. */
function publicFile(extension: 'svg' | 'png') {
	return z
		.string()
		.regex(new RegExp(`^/(?!/)[^?#\\s]+\\.${extension}$`, 'i'), {
			error: `a path in public/ starting with "/" and ending in .${extension}, such as "/brand/logo.${extension}"`,
		})
		.refine((file) => !file.split('/').includes('..'), { error: 'a path inside public/, without ".."' });
}

/** An image given as SVG, PNG or both; browsers use the SVG and fall back to the PNG. */
const imageFiles = {
	/** The SVG version: sharp at every size. */
	svg: publicFile('svg').optional(),
	/** The PNG version, for browsers and apps that cannot show SVG. */
	png: publicFile('png').optional(),
};

const hasSvgOrPng = (image: { svg?: string; png?: string }) => Boolean(image.svg || image.png);

/** A link of the header and footer: the product, a status page, sign-in. */
export const siteLinkSchema = z.strictObject({
	/** Text of the link, short enough for a phone's menu. */
	label: oneLineText().min(1).max(40),
	/** An absolute http(s) URL, or a path on this help center. */
	href: z
		.string()
		.trim()
		.refine((href) => /^\/(?!\/)/.test(href) || /^https?:\/\/[^/\s]+/i.test(href), {
			error: 'an http(s) URL or a path starting with "/"',
		}),
});

export type SiteLink = z.infer<typeof siteLinkSchema>;

/** Settings of the help center itself: names and the addresses it links to. */
export const siteSettingsSchema = z.strictObject({
	/** Name in the header, page titles, RSS and llms.txt. */
	name: oneLineText().min(1),
	/** One sentence about the help center, for the home page, RSS and llms.txt. */
	tagline: plainText().min(1),
	/** Public origin the site is served from; canonical URLs, sitemap and feeds use it. */
	url: z.url({ protocol: /^https?$/ }),
	/** Where "Contact support" leads; the article slug is added as `?article=<slug>`. */
	supportUrl: z.url({ protocol: /^(https?|mailto)$/ }),
	/** Helpdesk link for a ticket id on internal pages; `{id}` is replaced by the ticket id. */
	ticketUrlTemplate: z
		.string()
		.refine((value) => value.includes('{id}'), { error: 'a URL containing "{id}"' })
		.pipe(z.url({ protocol: /^https?$/ })),
	/** Name of the product the articles are about, shown in titles ("Acme Mail Help Center"). */
	productName: oneLineText().min(1),
	/**
	 * Language the articles are written in, as a BCP 47 tag (`de`, `fr`, `pt-BR`): the pages'
	 * `lang` (screen readers, Pagefind's stemming), the search steps and stop words, dates
	 * and numbers, and the built-in interface strings. Default `en`.
	 */
	language: languageTag().default('en'),
	/**
	 * Logo in the header, beside the site name. Default: the first letter of `productName`
	 * on `themeColor`, the same mark as the generated favicon.
	 */
	logo: z
		.strictObject({
			...imageFiles,
			/** Show `name` beside the logo; turn off when the logo already spells it. Default true. */
			showName: z.boolean().default(true),
		})
		.refine(hasSvgOrPng, { error: 'an "svg" or "png" path for the logo' })
		.optional(),
	/** Browser-tab icon. Default: generated from the first letter of `productName` on `themeColor`. */
	favicon: z
		.strictObject(imageFiles)
		.refine(hasSvgOrPng, { error: 'an "svg" or "png" path for the favicon' })
		.optional(),
	/** Icon for phone home screens: a square PNG of 180 x 180 pixels. Default: generated like the favicon. */
	appleTouchIcon: publicFile('png').optional(),
	/** Colour of the browser's toolbar on phones, and of the generated icons. Default `#2f5bd3`. */
	themeColor: z
		.string()
		.regex(/^#[0-9a-f]{6}$/i, { error: 'a colour as #rrggbb, such as "#2f5bd3"' })
		.default('#2f5bd3'),
	/** Links in the header, in this order (the product, a status page, sign-in), and again in the footer. Default: none. */
	headerLinks: z.array(siteLinkSchema).max(6).default([]),
	/** The footer: a line of text (such as a copyright) and more links (privacy, terms) after the header links. */
	footer: z
		.strictObject({
			/** One line, such as "© 2026 Acme Mail, Inc.". Default: none. */
			text: oneLineText().min(1).optional(),
			/** Links after the header links and "Contact support". Default: none. */
			links: z.array(siteLinkSchema).max(10).default([]),
		})
		.prefault({}),
	/**
	 * "Was this helpful?" on every article. With `endpoint`, each answer is posted there as
	 * a JSON event with `navigator.sendBeacon`; without it, "No" offers the contact link.
	 */
	feedback: z
		.strictObject({
			/** Any URL that accepts a POST; the event format is in the README's "Was this helpful?" section (`src/feedback/event.ts`). Default: none. */
			endpoint: z.url({ protocol: /^https?$/ }).optional(),
		})
		.prefault({}),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
