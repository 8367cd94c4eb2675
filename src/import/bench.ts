import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';

const ORIGIN = 'https://bench.zendesk.com';
const SECTIONS = 20;

/** A 1×1 PNG, so every article has an image to copy. */
const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cfc0000003010100c9fe92ef0000000049454e44ae426082',
	'hex',
);

function articleBody(index: number, count: number): string {
	const next = 1_000_000 + ((index + 1) % count);
	const previous = 1_000_000 + ((index + count - 1) % count);
	return `<p>Article ${index} explains how to set up feature ${index} of the product, step by step.</p>
<h2 id="h_setup_${index}">Set up</h2>
<ol><li>Open <strong>Settings</strong>.</li><li>Choose an option:<ul><li>the first option</li><li>the second option</li></ul></li><li>Save.</li></ol>
<table><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody><tr><td>Retries</td><td>3</td></tr><tr><td>Timeout</td><td>30 s</td></tr></tbody></table>
<p><img src="/hc/article_attachments/${index}/screen.png" alt="Settings of feature ${index}"></p>
<div class="callout callout--warning"><p>Changes apply to new messages only.</p></div>
<h2 id="h_check_${index}">Check it worked</h2>
<pre><code class="language-bash">curl https://api.example.test/v1/features/${index}</code></pre>
<p>Next, read <a href="${ORIGIN}/hc/en-us/articles/${next}-Feature-${next}#h_setup_${index + 1 === count ? 0 : index + 1}">feature ${next}</a> or go back to <a href="/hc/en-us/articles/${previous}">feature ${previous}</a>.</p>`;
}

/**
 * A Zendesk dump the size of a large help center (articles, sections, categories,
 * one image per article saved beside it), streamed to disk article by article, and
 * the import map that covers it.
 */
export async function writeBenchDump(dir: string, count: number, taxonomy: Taxonomy): Promise<string> {
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'categories.json'), JSON.stringify({ categories: [{ id: 1, name: 'Help' }] }));
	const sections = Array.from({ length: SECTIONS }, (_, index) => ({
		id: 100 + index,
		name: `Section ${index}`,
		category_id: 1,
	}));
	writeFileSync(path.join(dir, 'sections.json'), JSON.stringify({ sections }));
	const out = createWriteStream(path.join(dir, 'articles.json'));
	out.write('{"articles":[');
	for (let index = 0; index < count; index++) {
		const id = 1_000_000 + index;
		const article = {
			id,
			title: `Feature ${id}`,
			html_url: `${ORIGIN}/hc/en-us/articles/${id}-Feature-${id}`,
			locale: 'en-us',
			section_id: 100 + (index % SECTIONS),
			draft: index % 50 === 0,
			label_names: ['bench'],
			user_segment_id: index % 40 === 0 ? 7 : null,
			edited_at: '2026-01-15T10:00:00Z',
			body: articleBody(index, count),
		};
		if (!out.write(`${index === 0 ? '' : ','}${JSON.stringify(article)}`)) await once(out, 'drain');
		const attachment = path.join(dir, 'hc/article_attachments', String(index));
		mkdirSync(attachment, { recursive: true });
		writeFileSync(path.join(attachment, 'screen.png'), PNG);
	}
	out.end('],"next_page":null}');
	await once(out, 'finish');
	const areas = taxonomy.productAreas.map((area) => area.id);
	const entries = sections.map(
		(section, index) => `    "${section.id}": { productArea: ${areas[index % areas.length]} }`,
	);
	return `defaults:\n  category: ${taxonomy.categories[0]?.id}\n  productArea: ${areas[0]}\nzendesk:\n  sections:\n${entries.join('\n')}\n`;
}
