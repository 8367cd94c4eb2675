import { describe, expect, test } from 'vitest';
import { mdxProblem } from '../../../src/import/convert/mdx-safety.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function imported(folder: string) {
	const site = emptySite(defaultsMap);
	await runImport(site, ['--from', 'folder', importFixture(`folder-callout-quotes/${folder}/docs`)]);
	return site;
}

describe('folder import: callout titles with quotes and brackets', () => {
	test('an MkDocs admonition title keeps its quotes as quotes, and brackets in its code without a backslash', async () => {
		const site = await imported('mkdocs');
		const body = articleBody(site.contentDir, 'descale-the-kettle');
		expect(body).toContain(`<Aside type="note" title='The words "scale" and "limescale"'>`);
		// A collapsible one (`???`) is a fold: its summary keeps the title's code as code.
		expect(body).toContain('<details>\n  <summary>Error field (`"reason": [text|null]`)</summary>');
		// Both quotes in one title: the one used less is the one written as a reference.
		expect(body).toContain(`<Aside type="tip" title='Don&#x27;t use "strong" vinegar'>`);
		expect(body).not.toContain('&#x22;');
		expect(mdxProblem(body)).toBeUndefined();
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a Docusaurus callout title, in brackets or after the type, keeps its quotes as quotes', async () => {
		const site = await imported('docusaurus');
		const body = articleBody(site.contentDir, 'refill-the-kettle');
		expect(body).toContain(`<Aside type="note" title='The "max" line'>`);
		expect(body).toContain(`<Aside type="tip" title='The "min" line'>`);
		expect(body).not.toContain('&#x22;');
	});
});
