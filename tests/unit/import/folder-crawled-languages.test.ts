import { describe, expect, test } from 'vitest';
import { articleLanguageOf, pageLanguageOf } from '../../../src/import/sources/same-article.ts';
import { articleBody, articleFrontmatter, checkErrors, importFolderSite, oldAddressesOf } from './helpers.ts';

const zendesk = 'folder:help.acme.com_hc_';

describe('folder import: a crawled help center whose articles were saved in several languages', () => {
	test('the same number in another language is a translation, listed, not merged into the article', async () => {
		const { site, result, articles } = await importFolderSite('folder-crawled-translations', ['--offline']);
		// Without --locale the import brings English; the German pages are translations, each listed.
		expect(articles).toEqual(['send-a-test-email.mdx', 'verify-your-domain.mdx']);
		expect(articleBody(site.contentDir, 'verify-your-domain')).toContain('Add the TXT record');
		expect(articleBody(site.contentDir, 'verify-your-domain')).not.toContain('TXT-Eintrag');
		// A link to a translation's address leads to the article in the language brought.
		expect(articleBody(site.contentDir, 'verify-your-domain')).toContain(
			'[Send a test email](/articles/send-a-test-email/)',
		);
		// Two saves of one English article are still one article.
		expect(result.stdout).toContain(
			'help.acme.com_hc_en-us_articles_360001.md: another save of help.acme.com_hc_en-us_articles_360001-Verify-your-domain.md',
		);
		expect(result.stdout).toContain(
			'help.acme.com_hc_de_articles_360001-Domain-bestaetigen.md: a translation (de) of help.acme.com_hc_en-us_articles_360001-Verify-your-domain.md; the import brings one language (en-us; --locale chooses another), and its address leads to the article',
		);
		// A German article with no English page is listed too, never dropped unsaid.
		expect(result.stdout).toContain(
			'help.acme.com_hc_de_articles_360003-Rechnungen-herunterladen.md: in de, with no page of it in en-us; the import brings one language (--locale chooses another)',
		);
		// No copy of another language is listed as a copy whose words differ.
		expect(result.stdout).not.toContain('another save of this article differs');
		// The translation's address leads to the article in the language brought, as an imported help center's translations do.
		expect(oldAddressesOf(site.contentDir, `${zendesk}en-us_articles_360001-Verify-your-domain`)).toContain(
			'/hc/de/articles/360001-Domain-bestaetigen',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('--locale brings the other language, the English pages then its translations', async () => {
		const { site, result, articles } = await importFolderSite('folder-crawled-translations', [
			'--offline',
			'--locale',
			'de',
		]);
		expect(articles).toEqual(['domain-bestatigen.mdx', 'eine-test-e-mail-senden.mdx', 'rechnungen-herunterladen.mdx']);
		expect(articleBody(site.contentDir, 'domain-bestatigen')).toContain('TXT-Eintrag');
		expect(result.stdout).toContain(
			'help.acme.com_hc_en-us_articles_360001-Verify-your-domain.md: a translation (en-us) of help.acme.com_hc_de_articles_360001-Domain-bestaetigen.md',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('Intercom: /en/ and /fr/ pages of one number', async () => {
		const english = await importFolderSite('folder-crawled-translations-intercom', ['--offline']);
		expect(english.articles).toEqual(['saving-filters.mdx', 'sharing-a-view.mdx']);
		// A link to the translation's address leads to the article brought.
		expect(articleBody(english.site.contentDir, 'sharing-a-view')).toContain(
			'[saving filters](/articles/saving-filters/)',
		);
		expect(english.result.stdout).toContain(
			'intercom.help_acme_fr_articles_8551755-enregistrer-des-filtres.md: a translation (fr) of intercom.help_acme_en_articles_8551755-saving-filters.md',
		);
		const french = await importFolderSite('folder-crawled-translations-intercom', ['--offline', '--locale', 'fr']);
		expect(french.articles).toEqual(['enregistrer-des-filtres.mdx']);
		expect(french.result.stdout).toContain(
			'intercom.help_acme_en_articles_8551756-sharing-a-view.md: in en, with no page of it in fr',
		);
	});

	test("a page's language field says its language where its address does not", async () => {
		const { site, result, articles } = await importFolderSite('folder-crawled-translations-lang', ['--offline']);
		expect(articles).toEqual(['set-up-single-sign-on.mdx']);
		expect(articleFrontmatter(site.contentDir, 'set-up-single-sign-on')).toContain(
			'source: folder:help.example.com_support_solutions_articles_3001-set-up-single-sign-on',
		);
		expect(result.stdout).toContain(
			'help.example.com_support_solutions_articles_3001-single-sign-on-einrichten.md: a translation (de) of help.example.com_support_solutions_articles_3001-set-up-single-sign-on.md',
		);
		expect(result.stdout).toContain(
			'help.example.com_support_solutions_articles_3001.md: another save of help.example.com_support_solutions_articles_3001-set-up-single-sign-on.md',
		);
	});
});

describe('the language of a saved page', () => {
	test.each([
		['https://acme.zendesk.com/hc/en-us/articles/360001234567-Verify', 'en-us'],
		['https://acme.zendesk.com/hc/de/articles/360001234567', 'de'],
		['https://acme.zendesk.com/hc/articles/360001234567', undefined],
		['https://intercom.help/acme/fr/articles/8551755-x', 'fr'],
		// On intercom.help the first folder is the workspace, whatever its length: `ab` there is a name, not a language.
		['https://intercom.help/ab/articles/8551755-x', undefined],
		['https://intercom.help/ab/en/articles/8551755-x', 'en'],
		['https://intercom.help/ab/pt-BR/articles/8551755-x', 'pt-br'],
		['https://help.acme.com/pt-BR/articles/8551755-x', 'pt-br'],
		['https://help.example.com/de/support/solutions/articles/155000001234-x', 'de'],
		['https://help.example.com/support/solutions/articles/155000001234-x', undefined],
		['https://docs.acme.com/de/guide/setup', undefined],
	])('%s', (address, language) => {
		expect(articleLanguageOf(new URL(address))).toBe(language);
	});

	test('its frontmatter or a kept <html lang> says it where its address does not', () => {
		expect(pageLanguageOf({ language: 'de' }, '')).toBe('de');
		expect(pageLanguageOf({ ogLocale: 'fr_FR' }, '')).toBe('fr-fr');
		expect(pageLanguageOf({}, '<html lang="pt-BR" dir="ltr">\n# Title')).toBe('pt-br');
		expect(pageLanguageOf({ language: 'not a language' }, '')).toBeUndefined();
		expect(pageLanguageOf({}, 'Set `lang="de"` on the page.')).toBeUndefined();
	});
});

describe('folder import: a Help Scout Docs site a crawler saved', () => {
	test('/article/<n>-slug and /article/<n> are one article', async () => {
		const { site, result, articles } = await importFolderSite('folder-crawled-helpscout', ['--offline']);
		expect(articles).toEqual(['send-a-test-email.mdx', 'verify-your-domain.mdx']);
		expect(oldAddressesOf(site.contentDir, 'folder:docs.acme.com_article_12-verify-your-domain')).toEqual([
			'/article/12',
			'/article/12-verify-a-domain',
			'/article/12-verify-your-domain',
		]);
		expect(articleBody(site.contentDir, 'verify-your-domain')).toContain(
			'[send a test email](/articles/send-a-test-email/)',
		);
		expect(result.stdout).toContain('skipped 2');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
