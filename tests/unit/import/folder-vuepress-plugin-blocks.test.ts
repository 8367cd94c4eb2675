import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

async function importSite() {
	const site = emptySite(defaultsMap);
	const result = await runImport(site, ['--from', 'folder', importFixture('folder-vuepress-plugin-blocks')]);
	return { site, result, body: articleBody(site.contentDir, 'organise-your-lantern-files') };
}

describe('folder import: VuePress 2 plugin containers', () => {
	test('a ::: file-tree is the nested list of its names under its title, comments and highlights kept', async () => {
		const { site, body, result } = await importSite();
		expect(body).toContain(
			[
				'**A tidy lantern folder**',
				'',
				'- `Lanterns/` — Sync this folder to your phone.',
				'  - `Garden lantern/`',
				'    - **`schedule.json`**',
				'    - `notes.md`',
				'  - …',
				'- `backup/`',
			].join('\n'),
		);
		expect(body).not.toContain('file-tree');
		expect(result.stdout).not.toContain('":::file-tree" block was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a ::: preview is its content, then its Markdown source as code', async () => {
		const { body, result } = await importSite();
		expect(body).toContain('**How a schedule line looks. Click to see its Markdown:**');
		expect(body).toContain('Turn on at **dusk**, off at `23:00`.');
		expect(body).toContain('<Aside type="tip">');
		expect(body).toContain(
			['```md', 'Turn on at **dusk**, off at `23:00`.', '', '::: tip', 'Times are local.', ':::', '```'].join('\n'),
		);
		expect(result.stdout).not.toContain('":::preview" block was not converted');
	});

	test('a container nothing here renders keeps its title with its content, and is listed', async () => {
		const { body, result } = await importSite();
		expect(body).toContain('**Try the dimmer**');
		expect(body).toContain('Slide to dim. DEMO-WORDS-7731');
		expect(result.stdout).toContain('a ":::lantern-demo" block was not converted; its content is kept (line 22)');
	});

	test('a code block’s language with line numbers or highlighted lines glued on (json:line-numbers, js{2}) is the language', async () => {
		const { site } = await importSite();
		const body = articleBody(site.contentDir, 'write-a-schedule');
		expect(body).toContain('```json\n{ "on": "dusk" }\n```');
		expect(body).toContain('```js\nconst lantern = connect();');
		expect(body).toContain('```md\n**dusk**\n```');
	});
});
