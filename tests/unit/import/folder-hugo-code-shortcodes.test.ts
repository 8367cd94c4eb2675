import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: Hugo’s `{{< highlight >}}` and a theme’s `{{< mermaid >}}` (Relearn, Learn)', () => {
	test('`highlight` is a code block in its language, its drawing options left off', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-hugo-code-shortcodes/dock')]);
		const body = articleBody(site.contentDir, 'plan-a-lift');
		expect(body).toContain('A plan is written like this:\n\n```markdown\n# Lift 4\n- weight: 2t\n```\n');
		expect(body).toContain('And a setting:\n\n```yaml\nlift: 2t\n```\n');
		expect(body).not.toContain('linenos');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a `mermaid` diagram is its source in a mermaid code block, listed for review', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-hugo-code-shortcodes/dock')]);
		const body = articleBody(site.contentDir, 'plan-a-lift');
		expect(body).toContain('How a lift goes:\n\n```mermaid\ngraph TD\n    A["Order"] --> B["Lift"]\n```\n');
		expect(body).not.toContain('{{<');
		expect(stdout).toContain(
			'the {{< mermaid >}} diagram is shown as its source, in code, since the help center draws no diagrams: put a picture of it in its place',
		);
		expect(stdout).not.toContain('was not converted');
	});
});
