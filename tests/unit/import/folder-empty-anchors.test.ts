import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: empty elements placed as anchors', () => {
	test('<div id="…" /> and <a name="…"></a> stay anchors for links from outside; a heading’s own id is not doubled', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-empty-anchors')]);
		const body = articleBody(site.contentDir, 'template-errors');
		expect(body).toContain('<a id="no-front-field" />\n\n**The front of this card is blank.**');
		expect(body).toContain('<a id="missing-brace" />');
		expect(body.match(/id="set-up"/g) ?? []).toHaveLength(0);
		expect(body).toContain('## Set up');
		expect(body).toContain('```html\n<div id="card-example" />\n```');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
