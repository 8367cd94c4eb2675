import { describe, expect, test } from 'vitest';
import { emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: notes "To review" name the line of the file they are about', () => {
	test('a component, a block, an embed and an expression the import could not convert, each with its line', async () => {
		const site = emptySite('defaults:\n  category: usability\n  productArea: billing\n');
		const { stdout } = await runImport(site, ['--from', 'folder', importFixture('review-note-lines/docs')]);
		const review = stdout.slice(stdout.indexOf('To review'));
		expect(review.split('\n').filter((line) => line.startsWith('    - '))).toEqual([
			'    - a ":::spoiler" block was not converted; its content is kept (line 12)',
			'    - an embedded iframe could not be converted (https://maps.example.test/embed?zones=eu) (line 16)',
			'    - an expression {lastChecked()} could not be evaluated (line 18)',
		]);
		// One line for the component used twice, listed with the components, with both its lines.
		expect(stdout).toContain(
			'  - the <PriceCalculator> component was not converted; its content is kept: 2 uses in 1 article: shipping-zones.mdx (lines 8, 20)',
		);
	});
});
