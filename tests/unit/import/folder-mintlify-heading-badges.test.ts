import { describe, expect, test } from 'vitest';
import { mintlifyBadgeHeadingIds } from '../../../src/import/convert/mintlify-heading-ids.ts';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a Mintlify heading with a component after its words', () => {
	test('keeps the anchor Mintlify served, from its words without the badge, so links to it keep their place', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-mintlify-heading-badges')]);
		const settings = articleBody(site.contentDir, 'beacon-settings');
		// The badge's words still show in the heading; the old anchor stands before it.
		expect(settings).toContain('<a id="theme" />\n\n## `theme` - required');
		expect(settings).toContain('<a id="install-the-relay" />\n\n## Install the relay Beta');
		// A heading with no badge, and a badge written in code, keep their anchor as before.
		expect(settings).not.toContain('<a id="badges-in-code');
		expect(articleBody(site.contentDir, 'set-up-a-beacon')).toBe(
			'Pick a [theme](/articles/beacon-settings/#theme---required) first, then [install the relay](/articles/beacon-settings/#install-the-relay-beta).\n',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});

describe('mintlifyBadgeHeadingIds', () => {
	test('only a heading whose badges follow its words gets the id Mintlify gave it', () => {
		expect(mintlifyBadgeHeadingIds('### `theme` - <Badge>required</Badge>')).toBe(
			'### `theme` - <Badge>required</Badge> {#theme}',
		);
		expect(mintlifyBadgeHeadingIds('## Sync [events](/events) <Badge text="New" />')).toBe(
			'## Sync [events](/events) <Badge text="New" /> {#sync-events}',
		);
		for (const unchanged of [
			'## Install <Badge>Beta</Badge> the relay',
			'## <Badge>Beta</Badge>',
			'## Write `<Badge>Beta</Badge>`',
			'```mdx\n## Install <Badge>Beta</Badge>\n```',
			'Install <Badge>Beta</Badge>',
		])
			expect(mintlifyBadgeHeadingIds(unchanged)).toBe(unchanged);
	});
});
