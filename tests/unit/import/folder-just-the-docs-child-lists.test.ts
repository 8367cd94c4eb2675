import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

const FIXTURE = 'folder-just-the-docs-child-lists';

describe('folder import: a Just the Docs page listing its children with a Liquid loop', () => {
	test('a loop filtered by parent lists the page’s children in the navigation, in its order', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture(FIXTURE)]);
		// Its children wherever their files are, not the other pages of its folder ("Dimmers" has another parent).
		expect(articleBody(site.contentDir, 'bulbs')).toBe(
			'Which bulbs fit, and how to change them.\n\n- [Sockets](/articles/sockets/)\n- [Change a bulb](/articles/change-a-bulb/)\n- [Troubleshooting](/articles/troubleshooting/)\n',
		);
		// By parent and grand_parent: the children of this "Troubleshooting", not of the other one.
		expect(articleBody(site.contentDir, 'troubleshooting')).toBe(
			'When a bulb misbehaves.\n\n- [The bulb flickers](/articles/the-bulb-flickers/)\n',
		);
		expect(stdout).not.toContain('was not converted');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('a loop filtered by folder (dir) still lists the pages of the page’s folder', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture(FIXTURE)]);
		const lamps = articleBody(site.contentDir, 'lamps');
		expect(lamps).toContain('[Clean the lamp](/articles/clean-the-lamp/)');
		expect(lamps).not.toContain('Dimmers');
	});
});
