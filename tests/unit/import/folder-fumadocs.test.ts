import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, emptySite, importFixture, runImport } from './helpers.ts';

const map = 'defaults:\n  category: usability\n  productArea: account\n';

describe('folder import: a Fumadocs docs folder', () => {
	test("Shiki's notation comments leave the code; lines marked added or removed make a diff", async () => {
		const site = emptySite(map);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(stdout).toContain('skipped 0');
		const body = articleBody(site.contentDir, 'connect-a-lamp');
		expect(body).not.toContain('[!code');
		expect(body).toContain(
			[
				'`hub.config.ts`',
				'',
				'```ts',
				'import { hub } from "lantern";',
				'',
				'export default hub({',
				'  lamps: ["porch"],',
				'  brightness: 80,',
				'  timeout: 30,',
				'});',
				'```',
			].join('\n'),
		);
		expect(body).toContain(
			['```diff', '  export default hub({', '-   dimmer: true,', '+   brightness: 80,', '  });', '```'].join('\n'),
		);
		expect(body).toContain('```html\n<lamp id="porch"></lamp>\n```');
		// Words of a comment stay, and code that looks like a comment's start does not go.
		expect(body).toContain(
			[
				'for (let i = 10; i > 0; i--) {',
				'  dim(i); // one step a second',
				'}',
				'const label = "porch"; // the lamp\'s name',
			].join('\n'),
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('an install block (package-install, npm) is the npm command in a shell block, as the old site showed it first', async () => {
		const site = emptySite(map);
		await runImport(site, ['--from', 'folder', importFixture('folder-fumadocs/content/docs')]);
		expect(articleBody(site.contentDir, 'install-the-hub-software')).toBe(
			[
				'Add the library to your project:',
				'```bash\nnpm install lantern @lantern/hub\n```',
				'Then create the lamp table:',
				'```bash\nnpx lantern migrate\n```',
				'```bash\nnpm i lantern-cli -D\n```\n',
			].join('\n\n'),
		);
	});
});
