import { describe, expect, test } from 'vitest';
import type { ConversionNote } from '../../../src/import/convert/types.ts';
import { convertObsidianSyntax, vaultLookup } from '../../../src/import/sources/wikilinks.ts';

const files = [
	'Home.md',
	'Sync/Setup.md',
	'Publish/Setup.md',
	'Guides/Deep/Setup.md',
	'img/Shot.PNG',
	'Sync/Pricing.md',
];

describe('Obsidian wikilinks', () => {
	test('resolve as Obsidian does: by path, else by name, the note beside the page first, else the shortest path', () => {
		const find = vaultLookup(files);
		expect(find('Publish/Setup', 'Home.md')).toBe('Publish/Setup.md');
		expect(find('Setup', 'Publish/Other.md')).toBe('Publish/Setup.md');
		expect(find('Setup', 'Home.md')).toBe('Sync/Setup.md');
		expect(find('pricing', 'Home.md')).toBe('Sync/Pricing.md');
		expect(find('shot.png', 'Sync/Setup.md')).toBe('img/Shot.PNG');
		expect(find('Nowhere', 'Home.md')).toBeUndefined();
	});

	test('a name cannot end the link it is written in, nor give it a scheme', () => {
		const notes: ConversionNote[] = [];
		const out = convertObsidianSyntax('See [[x)(javascript:alert(1)|words]].', 'Home.md', vaultLookup(files), notes);
		expect(out).toBe('See [words](x%29%28javascript%3Aalert%281%29.md).');
	});

	test('a block reference links its note, nested headings name the last; words holding brackets make no wikilink', () => {
		const out = convertObsidianSyntax('[[Sync/Pricing#^a1b2|plans [yearly]]]', 'Home.md', vaultLookup(files), []);
		expect(out).toBe('[[Sync/Pricing#^a1b2|plans [yearly]]]');
		expect(convertObsidianSyntax('[[Sync/Pricing#^a1b2|yearly plans]]', 'Home.md', vaultLookup(files), [])).toBe(
			'[yearly plans](Sync/Pricing.md)',
		);
		expect(convertObsidianSyntax('[[Pricing#Plans#Yearly]]', 'Sync/Setup.md', vaultLookup(files), [])).toBe(
			'[Pricing > Yearly](Pricing.md#yearly)',
		);
	});
});
