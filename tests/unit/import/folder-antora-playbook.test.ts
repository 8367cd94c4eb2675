import { describe, expect, test } from 'vitest';
import { articleBody, articleFrontmatter, emptySite, importFixture, runImport } from './helpers.ts';

const map =
	'defaults:\n  category: usability\n  productArea: account\nfolder:\n  folders:\n    ROOT: { productArea: account }\n';

describe('folder import: an Antora component whose attributes the site playbook sets', () => {
	test("the playbook above the component names the product, in titles, slugs and bodies; the component's own value wins only where the playbook soft-sets it", async () => {
		const site = emptySite(map);
		const { stdout, exitCode } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-antora-playbook/docs'),
		]);
		expect(stdout).toContain('written 1, updated 0');
		expect(exitCode).toBe(0);
		// Named from its title with {prodname} filled in, not `install-the-prodname-agent`.
		expect(articleFrontmatter(site.contentDir, 'install-the-harbourlight-agent')).toContain(
			'title: Install the Harbourlight agent\ndescription: Put the Harbourlight agent on a server.',
		);
		const body = articleBody(site.contentDir, 'install-the-harbourlight-agent');
		// `edition` is soft-set in the playbook: the component's Enterprise stands.
		expect(body).toContain('The Harbourlight Enterprise agent runs on any Linux server.');
		// `support-email` is hard-set in the playbook: it wins over the component's.
		expect(body).toContain('Questions go to help\\@harbourlight.example.');
		expect(body).not.toContain('component');
		expect(body).not.toMatch(/\{prodname\}|\{edition\}/);
	});
});
