import { describe, expect, test } from 'vitest';
import { askForArticle, type PromptKit } from '../../../src/authoring/prompts.ts';
import { loadTaxonomy } from '../../../src/content-model/settings.ts';

/** A kit that answers every prompt with its first option or a fixed text, and keeps what it was shown. */
function recordingKit(shown: string[]): PromptKit {
	const cancel = Symbol('cancel');
	return {
		intro: (title) => shown.push(title),
		cancel: (message) => shown.push(message),
		text: async ({ message, placeholder }) => {
			shown.push(message, placeholder ?? '');
			return message.startsWith('Title') ? 'Shifts missing after publishing' : '1041';
		},
		select: async ({ message, options }) => {
			shown.push(message);
			return options[0]?.value ?? '';
		},
		isCancel: (value): value is symbol => value === cancel,
	};
}

describe('npm run new in a terminal', () => {
	test("the prompts' examples name no feature of the demo's product, whatever product the team's is", async () => {
		const shown: string[] = [];
		const taxonomy = loadTaxonomy('tests/fixtures/authoring/prompts-other-product');
		const request = await askForArticle(recordingKit(shown), { taxonomy, existing: [] });
		expect(request).toMatchObject({ title: 'Shifts missing after publishing', productArea: 'schedules' });
		expect(shown.filter((text) => /smtp|e-?mail|domain|webhook|acme|inbox/i.test(text))).toEqual([]);
	});
});
