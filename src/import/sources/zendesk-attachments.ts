import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { ServiceError } from '../../http/errors.ts';
import { paginate } from '../../http/paginate.ts';
import { type DumpLayout, dumpRecords } from './dump.ts';
import type { ListedAttachment, SourceArticle } from './types.ts';
import { zendeskNextPage } from './zendesk.ts';

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);

/** A file (an attachment) shown with an article: Help Center API, `article_attachments` endpoint. */
const attachmentSchema = z.object({
	id,
	article_id: id.nullish(),
	file_name: z.string().nullish(),
	content_url: z.string().nullish(),
	/** true: an image shown in the body; false: listed under the article. */
	inline: z.boolean().nullish(),
});

/** An attachment record as the import lists it, or undefined for a record it cannot use. */
function zendeskAttachment(record: unknown): (ListedAttachment & { articleId?: string }) | undefined {
	const parsed = attachmentSchema.safeParse(record);
	if (!parsed.success || !parsed.data.content_url) return undefined;
	const { content_url, file_name, inline, article_id } = parsed.data;
	return {
		url: content_url,
		name: file_name?.trim() || (content_url.split('/').at(-1) ?? ''),
		inline: inline === true,
		articleId: article_id ?? undefined,
	};
}

/** The attachments a dump lists (`article_attachments.json`), by article; read once, as they are few. */
export function dumpAttachments(layout: DumpLayout) {
	let byArticle: Promise<Map<string, ListedAttachment[]>> | undefined;
	return async (article: SourceArticle): Promise<ListedAttachment[]> => {
		byArticle ??= (async () => {
			const map = new Map<string, ListedAttachment[]>();
			for await (const record of dumpRecords(layout, 'article_attachments')) {
				const attachment = zendeskAttachment(record);
				if (!attachment?.articleId) continue;
				const { articleId, ...listed } = attachment;
				map.set(articleId, [...(map.get(articleId) ?? []), listed]);
			}
			return map;
		})();
		return (await byArticle).get(article.id) ?? [];
	};
}

const attachmentPageSchema = z.looseObject({ article_attachments: z.array(z.unknown()) });

/** The attachments of each article, asked of the API as its article is converted (there is no list of them all). */
export function apiAttachments(http: ServiceClient, baseUrl: string, locale: string) {
	return async (article: SourceArticle): Promise<ListedAttachment[]> => {
		const listed: ListedAttachment[] = [];
		const first = `${baseUrl}/api/v2/help_center${locale}/articles/${article.id}/attachments.json`;
		try {
			for await (const page of paginate(
				first,
				async (url) => {
					const body = await http.json({ method: 'GET', url }, attachmentPageSchema);
					return { body, next: zendeskNextPage(body) };
				},
				{ service: 'Zendesk' },
			)) {
				for (const record of page.body.article_attachments) {
					const attachment = zendeskAttachment(record);
					if (attachment) listed.push({ url: attachment.url, name: attachment.name, inline: attachment.inline });
				}
			}
		} catch (error) {
			// An article deleted since the list was downloaded has no attachments to bring.
			if (error instanceof ServiceError && error.status === 404) return [];
			throw error;
		}
		return listed;
	};
}
