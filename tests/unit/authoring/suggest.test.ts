import { describe, expect, test } from 'vitest';
import { nearest } from '../../../src/cli/suggest.ts';
import { localIsoDate } from '../../../src/content-model/dates.ts';
import { isValidSlug, slugFromTitle } from '../../../src/content-model/slugs.ts';

describe('slugFromTitle', () => {
	test.each([
		['Fix SMTP connection timeouts', 'fix-smtp-connection-timeouts'],
		["Can't verify DKIM? Try this", 'cant-verify-dkim-try-this'],
		['Réglages du domaine', 'reglages-du-domaine'],
		['Use the `send_at` field  (beta)', 'use-the-send-at-field-beta'],
		['2FA: lost your phone', '2fa-lost-your-phone'],
		['Adding/Editing', 'adding-editing'],
		['Import/export (CSV)', 'import-export-csv'],
		['Drag+drop or A|B \\ C', 'drag-drop-or-a-b-c'],
		// A dot between letters or digits parts them, as a space would.
		['defaults.yml', 'defaults-yml'],
		["What's new in 2.0", 'whats-new-in-2-0'],
		['Set up Node.js. Then deploy', 'set-up-node-js-then-deploy'],
		['C++ and C#', 'c-and-c'],
		['Straße und Größe', 'strasse-und-grosse'],
		['Как сбросить пароль', 'kak-sbrosit-parol'],
		['Πώς να αλλάξω τον κωδικό', 'pos-na-allaxo-ton-kodiko'],
		['如何重置密码', 'ru-he-zhong-zhi-mi-ma'],
		['GitHub の設定', 'github-no-she-ding'],
		['비밀번호 재설정', 'bimilbeonho-jaeseoljeong'],
		// Emoji decorate a title; they are no words of its address.
		['🗑️ SafeAreaView', 'safeareaview'],
		['🚀 Quick start 👩🏽‍💻', 'quick-start'],
		['Ship to 🇩🇪 Germany', 'ship-to-germany'],
		['Acme™ Mail', 'acme-mail'],
	])('%s → %s', (title, slug) => {
		expect(slugFromTitle(title)).toBe(slug);
		expect(isValidSlug(slug)).toBe(true);
	});

	test('a title without letters or digits gives no slug', () => {
		expect(slugFromTitle('???')).toBe('');
		expect(slugFromTitle('🎉🎉')).toBe('');
		expect(isValidSlug('')).toBe(false);
	});
});

describe('nearest', () => {
	const ids = ['reliability', 'usability', 'functional', 'deliverability', 'abuse', 'success-outreach'];
	test.each([
		['relability', 'reliability'],
		['Usability', 'usability'],
		['deliver', 'deliverability'],
		['sucess-outreach', 'success-outreach'],
		['billing', undefined],
		['', undefined],
	])('%s → %s', (input, expected) => {
		expect(nearest(input, ids)).toBe(expected);
	});
});

test('localIsoDate writes the author’s calendar day', () => {
	expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});
