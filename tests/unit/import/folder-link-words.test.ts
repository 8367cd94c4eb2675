import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: a link whose words are its file’s name', () => {
	test('keeps the author’s word inside a sentence, and shows the page’s title where the words are only the address', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-link-words/docs')]);
		const body = articleBody(site.contentDir, 'lamp-settings');
		// A word of the sentence: the title ("Sensors and what they report") would break it.
		expect(body).toContain(
			'If none of the [sensors](/articles/sensors-and-what-they-report/) run, the lamp stays dim.',
		);
		expect(body).toContain('[Sensors](/articles/sensors-and-what-they-report/) are read every minute.');
		// A file's name written as such (dashes, code, an extension) is no word of the sentence.
		expect(body).toContain('Read [Set up your first lamp](/articles/set-up-your-first-lamp/) before anything else');
		expect(body).toContain(
			'or [When the lamp does not answer](/articles/when-the-lamp-does-not-answer/) when it is stuck.',
		);
		// A list of pages: each entry names its page.
		expect(body).toContain(
			'- [When the lamp does not answer](/articles/when-the-lamp-does-not-answer/): what to try first',
		);
		expect(body).toContain('- [Sensors and what they report](/articles/sensors-and-what-they-report/)');
		expect(body).toContain('\n[When the lamp does not answer](/articles/when-the-lamp-does-not-answer/)\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
