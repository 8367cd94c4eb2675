import { docusaurusPagesFolder } from './generators.ts';
import { hugoPagesFolder } from './hugo-site.ts';
import { mkdocsPagesFolder } from './mkdocs-site.ts';

/**
 * The folder a site's generator built its pages from, when the folder named is the
 * site's root and the pages sit below it: a Docusaurus site's one docs folder, an
 * MkDocs site's `docs_dir`, a Hugo site's content in its default language. Read from
 * the root, a repository's README, contributor notes, templates and other languages
 * would come over as articles, and every page would take an address the old site
 * never served (`/docs/…`, `/content/en/…`).
 */
export function sitePagesFolder(root: string): { folder: string; why: string } | undefined {
	const docusaurus = docusaurusPagesFolder(root);
	if (docusaurus) return { folder: docusaurus.folder, why: `its docs folder, by ${docusaurus.config}` };
	const mkdocs = mkdocsPagesFolder(root);
	if (mkdocs) return { folder: mkdocs.folder, why: `docs_dir in ${mkdocs.config}` };
	const hugo = hugoPagesFolder(root);
	if (hugo) return { folder: hugo.folder, why: `the content of its default language, by ${hugo.config}` };
	return undefined;
}
