import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { RelatedTable } from '../../../src/search/build/related-words.ts';
import { writeSearchVocabulary } from '../../../src/search/build/search-files.ts';

export interface FixturePage {
	slug: string;
	title: string;
	text: string;
	aliases: string[];
}

/** Four short help articles; their aliases hold the words customers use that the text lacks. */
export const fixturePages: FixturePage[] = [
	{
		slug: 'verify-domain',
		title: 'Verify your sending domain',
		text: 'Publish the verification TXT record, the SPF record and the DKIM key at your DNS provider, then wait for the checks.',
		aliases: ['how to verify my domain', 'which dns records'],
	},
	{
		slug: 'domain-stuck-pending',
		title: 'Why is my domain stuck on pending?',
		text: 'A domain stays pending while the records are missing at the names we check. Fix the record and verify again.',
		aliases: ['dkim not found', 'verification taking forever'],
	},
	{
		slug: 'api-rate-limits',
		title: 'API rate limits',
		text: 'The API accepts two requests per second per team. Over the limit it answers 429 and says when to retry.',
		aliases: ['429 too many requests', 'getting throttled'],
	},
	{
		slug: 'emails-landing-in-spam',
		title: 'Why are my emails landing in spam?',
		text: 'Mail goes to the spam folder when authentication is missing or volume grows too fast.',
		aliases: ['mails go to junk', 'outlook junk folder'],
	},
];

/**
 * Writes a tiny built site: a page file per article of `pages` (the four above by
 * default; the eval checks slugs against them) and a Pagefind index of the pages made
 * with Pagefind's Node API, aliases as the `aliases` metadata field as on the real
 * article page, and the search vocabulary and related-word map (from `english`, a
 * table of related English words).
 */
export async function writeFixtureSite(
	dir: string,
	options: { aliases: boolean; english?: RelatedTable; pages?: FixturePage[] },
): Promise<string> {
	rmSync(dir, { recursive: true, force: true });
	const { index, errors } = await createIndex({});
	if (!index) throw new Error(errors.join('; '));
	for (const page of options.pages ?? fixturePages) {
		mkdirSync(path.join(dir, 'articles', page.slug), { recursive: true });
		writeFileSync(path.join(dir, 'articles', page.slug, 'index.html'), `<h1>${page.title}</h1>\n`);
		const meta: Record<string, string> = { title: page.title };
		if (options.aliases) meta.aliases = page.aliases.join('; ');
		await index.addCustomRecord({ url: `/articles/${page.slug}/`, content: page.text, language: 'en', meta });
	}
	await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
	await close();
	// As the build does: the vocabulary from the index just written.
	writeSearchVocabulary(dir, [], options.english);
	return dir;
}
