import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBody, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Docusaurus’ magic comments in code blocks', () => {
	test('highlight-next-line, -start and -end lines leave the code, in every comment style; other comments stay', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', path.join(importFixture('folder-docusaurus-magic-comments'), 'docs')]);
		const body = articleBody(site.contentDir, 'connect-the-sdk');
		expect(body).toContain(
			"```js\nconst client = new LanternClient({\n  apiKey: process.env.LANTERN_KEY,\n  region: 'eu',\n});\n```",
		);
		expect(body).toContain('```python\nclient = Lantern()\nfor lamp in client.lamps():\n    print(lamp.name)\n```');
		expect(body).toContain(
			"```jsx\n<LanternProvider>\n  <LampList />\n  {/* a comment of the app's own stays */}\n</LanternProvider>\n```",
		);
		expect(body).toContain('```html\n<script src="/lantern.js"></script>\n```');
		expect(body).toContain('```js\n// highlight-next-line marks the next line in Docusaurus\n```');
		expect(body).toContain('`// highlight-next-line marks a line`');
	});
});
