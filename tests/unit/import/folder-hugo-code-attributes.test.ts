import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Hugo code block\'s attributes in braces (`yaml {filename="x"}`, `json{linenos=table}`)', () => {
	test('the language is the word before the braces and the file name is the title above the block', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-code-attributes/dock')]);
		const body = articleBody(site.contentDir, 'set-the-crane');
		expect(body).toContain('`crane/settings.yaml`\n\n```yaml\nlift: 2t\n```');
		expect(body).toContain('`crane/limits.json`\n\n```json\n{ "max": 2 }\n```');
		expect(body).toContain('```php\n<?php');
		expect(body).not.toContain('{filename');
		expect(body).not.toContain('linenos');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a language written with capitals (`Bash`, `PowerShell`) is written in lower case, as the highlighter names it', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-code-attributes/dock')]);
		expect(articleBody(site.contentDir, 'set-the-crane')).toContain('```bash\ncrane --lift 2t\n```');
	});
});
