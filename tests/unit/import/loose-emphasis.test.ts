import { describe, expect, test } from 'vitest';
import { tightenLooseBold } from '../../../src/import/convert/loose-emphasis.ts';

describe('bold with a space inside one end, as HTML-to-Markdown converters write it', () => {
	test('has the space moved outside, so the words are bold and no asterisks show', () => {
		expect(tightenLooseBold('Select the **Active **tab.')).toBe('Select the **Active** tab.');
		expect(tightenLooseBold('**Shown: **Display all chat messages.')).toBe('**Shown:** Display all chat messages.');
		expect(tightenLooseBold('Open **Settings** and then** Privacy**.')).toBe('Open **Settings** and then **Privacy**.');
		expect(tightenLooseBold('1. Select the **Resource packs **or **Behavior packs **tab.')).toBe(
			'1. Select the **Resource packs** or **Behavior packs** tab.',
		);
		expect(tightenLooseBold('1.** **These rules govern the contest.')).toBe('1. These rules govern the contest.');
		expect(tightenLooseBold('Select** Manage **and confirm.')).toBe('Select **Manage** and confirm.');
	});

	test('leaves bold that is already right, code, odd counts and spaces at both ends as written', () => {
		for (const line of [
			'Choose **Save** or **Cancel**.',
			'Run `ls ** -la` and `a **b **c` in a shell.',
			'Two to the power of eight is 2 ** 8 and 3 ** 2 is nine.',
			'A lone ** stays, and so does **this **one.',
			'***Bold italic*** and a rule below:',
			'**Redmond, WA 98052 USA **** **',
			'Escaped \\** stays.',
		])
			expect(tightenLooseBold(line)).toBe(line);
	});
});
