import { describe, expect, test } from 'vitest';
import {
	articleBody,
	articleFrontmatter,
	checkErrors,
	defaultsMap,
	emptySite,
	importFixture,
	oldAddressesOf,
	runImport,
	titlesBySource,
} from './helpers.ts';

describe('folder import: a folder per article, a file per language (`refunds/en.md`, `refunds/pt-br.md`)', () => {
	test('brings each folder once, as its English page, and lists the other languages as skipped', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-language-files/articles')]);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 2');
		expect(titlesBySource(site.contentDir)).toEqual({
			refunds: 'Get a refund',
			shipping: 'Cancel a shipping label',
			contact: 'Contact support',
			'refunds/audit/content-audit': 'Content audit of the refund article',
		});
		expect(stdout).toContain(
			'refunds/pt-br.md: a translation (pt-br); the import brings one locale, en (the English pages; --locale picks another)',
		);
		// A link to another language's file, or to the brought one, leads to the article.
		expect(articleBody(site.contentDir, 'get-a-refund')).toContain(
			'[cancel the shipping label](/articles/cancel-a-shipping-label/)',
		);
		expect(articleBody(site.contentDir, 'contact-support')).toContain('[refunds](/articles/get-a-refund/)');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('the folder’s YAML file gives the article its description and its help center number, whose address leads to it', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-language-files/articles')]);
		expect(articleFrontmatter(site.contentDir, 'get-a-refund')).toContain(
			'description: How a seller refunds an order, and within how many days.',
		);
		expect(articleBody(site.contentDir, 'get-a-refund')).not.toContain('# Get a refund');
		// A link by the old help center's address of its number leads to the article.
		expect(articleBody(site.contentDir, 'cancel-a-shipping-label')).toContain(
			'[Get a refund](/articles/get-a-refund/)',
		);
		// Its number's addresses are its old ones, as for any archive kept by article numbers.
		expect(oldAddressesOf(site.contentDir, 'folder:refunds')).toEqual([
			'/articles/4401234',
			'/articles/4401234-Get-a-refund',
		]);
	});

	test('--locale pt-br brings the Portuguese files instead', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, [
			'--from',
			'folder',
			importFixture('folder-language-files/articles'),
			'--locale',
			'pt-BR',
		]);
		expect(stdout).toContain('written 4, updated 0, unchanged 0, skipped 2');
		expect(titlesBySource(site.contentDir)).toMatchObject({
			refunds: 'Pedir um reembolso',
			shipping: 'Cancelar uma etiqueta de envio',
		});
		expect(stdout).toContain('refunds/en.md: a translation (en); the import brings one locale, pt-br (--locale)');
	});

	test('pages merely named by a language, in one folder, stay pages of their own', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-language-files/spellcheck')]);
		expect(stdout).toContain('written 3, updated 0, unchanged 0, skipped 0');
		expect(titlesBySource(site.contentDir)).toEqual({
			intro: 'Spell checking',
			'languages/de': 'German',
			'languages/fr': 'French',
		});
	});
});
