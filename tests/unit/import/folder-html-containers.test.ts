import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: domains\n';

describe('folder import: an HTML element written around Markdown', () => {
	test('a callout div holds its Markdown (kramdown markdown="1", or blank lines inside), a plain div leaves it as it is', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-html-containers')]);
		const body = articleBody(site.contentDir, 'prevent-leaks');
		expect(body).toContain(
			'<Aside type="note">\n  We recommend using our [Linux app](https://example.com/apps/linux). Read on for **more**.\n</Aside>\n\nAs the successor to iptables.',
		);
		expect(body).toContain('As the successor to iptables.\n\nPlain **wrapped** words.\n\n<Aside type="caution">');
		expect(body).toContain('<Aside type="caution">\n  - Back up first.\n  - Then upgrade.\n</Aside>');
		expect(body).not.toContain('<Aside type="note" />');
		expect(body).toContain('An unclosed note keeps its words.');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
