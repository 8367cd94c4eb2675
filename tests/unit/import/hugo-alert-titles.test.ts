import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hugoShortcodes } from '../../../src/import/convert/hugo.ts';
import { importFixture } from './helpers.ts';

describe('Hugo callouts: a title that only names their kind', () => {
	test('is left to the aside’s label, while a title that says more stays', () => {
		const { text } = hugoShortcodes(readFileSync(importFixture('hugo-alert-titles/page.md'), 'utf8'));
		for (const label of ['[Note]', '[Warning:]', '[Tip]']) expect(text).not.toContain(label);
		expect(text).toContain(':::tryblock-aside[Glaze drips]{type="caution"}');
		expect(text).toContain(':::tryblock-aside{type="tip"}');
		expect(text).toContain('The kiln cools for an hour before you open it.');
	});
});
