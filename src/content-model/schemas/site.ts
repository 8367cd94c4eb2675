import { z } from 'astro/zod';

/** Settings of the help center itself: names and the addresses it links to. */
export const siteSettingsSchema = z.strictObject({
	/** Name in the header, page titles, RSS and llms.txt. */
	name: z.string().trim().min(1),
	/** One sentence about the help center, for the home page, RSS and llms.txt. */
	tagline: z.string().trim().min(1),
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
	productName: z.string().trim().min(1),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
