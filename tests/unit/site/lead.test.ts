import { describe, expect, test } from 'vitest';
import { bodyRepeatsDescription } from '../../../src/site/lead.ts';

const description = 'You can delete your account at any time. Learn what to check first.';

describe('an article whose body repeats its description', () => {
	test('is found when the first paragraph is the description, formatting and line breaks aside', () => {
		expect(
			bodyRepeatsDescription(
				'You can **delete** your account\nat any time. Learn [what to check](/a/) first.\n\n## Steps\n',
				description,
			),
		).toBe(true);
		expect(
			bodyRepeatsDescription(
				'import X from "./x.mdx";\n\nYou can delete your account at any time. Learn what to check first.\n',
				description,
			),
		).toBe(true);
	});

	test('is found when the description is the first paragraph cut short, or its first sentence', () => {
		const body =
			'Sign-in links expire after one hour so that a forwarded email cannot open your account. Every new link replaces the one before it.\n';
		expect(bodyRepeatsDescription(body, 'Sign-in links expire after one hour so that a forwarded email cannot…')).toBe(
			true,
		);
		expect(
			bodyRepeatsDescription(
				body,
				'Sign-in links expire after one hour so that a forwarded email cannot open your account.',
			),
		).toBe(true);
	});

	test('is found past a heading, a picture or a link of its own, as the import takes the first paragraph of words', () => {
		const paragraph = 'You can delete your account at any time. Learn what to check first.';
		expect(bodyRepeatsDescription(`## Overview\n\n${paragraph}\n`, description)).toBe(true);
		expect(
			bodyRepeatsDescription(
				`![Account page](./delete/account.png)\n\n[Watch the video](https://video.example.com/1)\n\n${paragraph}\n`,
				description,
			),
		).toBe(true);
	});

	test('is not found for a summary of its own, a word cut in two, or words only in a list', () => {
		expect(bodyRepeatsDescription('Open **Settings › Account** and choose Delete.\n', description)).toBe(false);
		expect(bodyRepeatsDescription('Billingual support is available.\n', 'Billing')).toBe(false);
		expect(bodyRepeatsDescription(`- ${description}\n\nOpen the account page.\n`, description)).toBe(false);
		expect(bodyRepeatsDescription('', description)).toBe(false);
		expect(bodyRepeatsDescription('Text.\n', '')).toBe(false);
	});
});
