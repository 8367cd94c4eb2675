import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadSearchEvals } from '../../../src/search/eval-file.ts';
import { addressResolver, contentResolver } from '../../../src/search/expect-references.ts';
import { loadContentForCoverage } from '../../../src/tickets/gate.ts';

const resolve = contentResolver(loadContentForCoverage('tests/fixtures/search/moved-site'));

describe('how a question file names the article that answers it', () => {
	test.each([
		['how-refunds-work', 'how-refunds-work'],
		['/articles/how-refunds-work/', 'how-refunds-work'],
		// The old help center's address, through redirects.yaml.
		['https://help.example.com/docs/billing/refunds#card', 'how-refunds-work'],
		['/docs/billing/refunds', 'how-refunds-work'],
		// The file it was imported from.
		['billing/refunds.md', 'how-refunds-work'],
		// A folder's page, imported as the folder; a name with spaces as the file system spells it.
		['billing/Team plans/index.md', 'plans-for-teams'],
		['./billing/team plans/README.md', 'plans-for-teams'],
		['billing/Team plans', 'plans-for-teams'],
		// A folder's README the import kept in the page's source (`folder:setup/Install_the_app/README`).
		['setup/Install_the_app/README.md', 'install-the-app'],
		['setup/install_the_app/readme.md', 'install-the-app'],
		['setup/Install_the_app', 'install-the-app'],
		// Hugo's section page (`_index.md`), and a page file naming its language (`_index.en.md`, `refunds.en.md`).
		['billing/Team plans/_index.md', 'plans-for-teams'],
		['billing/Team plans/_index.en.md', 'plans-for-teams'],
		['billing/refunds.en.md', 'how-refunds-work'],
		['billing/refunds.pt-br.mdx', 'how-refunds-work'],
		// Its title, in any case.
		['How Refunds Work', 'how-refunds-work'],
		['Change your plan', 'change-your-plan'],
		// A slug no article has stays as written: the eval reports it against the build.
		['no-such-article', 'no-such-article'],
	])('%s names %s', (reference, slug) => {
		expect(resolve(reference)).toBe(slug);
	});

	test('words that are no title name nothing, and without the content only slugs and addresses count', () => {
		expect(resolve('Refund Rules For Cards')).toBeUndefined();
		expect(addressResolver('How refunds work')).toBeUndefined();
		expect(addressResolver('/articles/how-refunds-work/')).toBe('how-refunds-work');
	});

	test('a question file written against the old help center reads as slugs, in YAML and in a spreadsheet', () => {
		const dir = 'tests/.output/expect-references';
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			`${dir}/old.yaml`,
			'- query: money back\n  expect: https://help.example.com/docs/billing/refunds\n- query: switch plan\n  expect: [Change your plan, billing/refunds.md]\n',
		);
		writeFileSync(
			`${dir}/old.csv`,
			'query,expect\nmoney back,How refunds work\nswitch plan,change-your-plan how-refunds-work\n',
		);
		expect(loadSearchEvals(`${dir}/old.yaml`, resolve).questions.map((question) => question.expect)).toEqual([
			['how-refunds-work'],
			['change-your-plan', 'how-refunds-work'],
		]);
		expect(loadSearchEvals(`${dir}/old.csv`, resolve).questions.map((question) => question.expect)).toEqual([
			['how-refunds-work'],
			['change-your-plan', 'how-refunds-work'],
		]);
	});
});
