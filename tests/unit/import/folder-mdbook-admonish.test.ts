import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: an mdBook book with mdbook-admonish', () => {
	test('```admonish blocks become asides of their kind, with their title; one shown inside code stays code', async () => {
		const site = emptySite(defaultsMap);
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('folder-mdbook-admonish/book/src')]);
		expect(stdout).toContain('written 1, updated 0, unchanged 0, skipped 0');
		const body = articleBody(site.contentDir, 'charge-the-lantern');
		expect(body).toContain('<Aside type="caution">\n  Never charge the lantern while it is wet.\n</Aside>');
		expect(body).toContain(
			'<Aside type="tip" title="Charge overnight">\n  A full charge takes about six hours.\n</Aside>',
		);
		// The TOML form of the options: a title, and collapsible, which folds it.
		expect(body).toContain(
			'<details>\n  <summary>Battery life</summary>\n\n  A full battery lights the lantern for **two evenings**.\n</details>',
		);
		// `""` removes the title bar: the aside shows its kind's name alone.
		expect(body).toContain('<Aside type="tip">\n  The ring glows green when the battery is full.\n</Aside>');
		// No type at all is a note, as mdbook-admonish reads it.
		expect(body).toContain(
			'<Aside type="note">\n  The lantern keeps its brightness setting while it charges.\n</Aside>',
		);
		// A ~~~ fence holds code of its own.
		expect(body).toContain(
			'<Aside type="note">\n  To check the battery from a computer:\n\n  ```sh\n  lantern battery --percent\n  ```\n</Aside>',
		);
		expect(body).toContain(
			'1. Open the charging flap.\n\n   <Aside type="danger">\n     Do not use a damaged cable.\n   </Aside>\n\n2. Plug the cable in.',
		);
		expect(body).toContain('````markdown\n```admonish note\nYour text.\n```\n````');
		expect(body.match(/admonish/g)).toHaveLength(1);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
