import { expect, type Locator, test } from '@playwright/test';

/** Pages with a search box a customer meets on a phone: the hero (home, 404), the search page, the header. */
const pages = ['/', '/no-such-page/', '/search/', '/articles/verify-domain/'];

/** How wide the placeholder's text is, and how much room the box leaves it. */
function placeholderFit(input: Locator) {
	return input.evaluate((element: HTMLInputElement) => {
		const style = getComputedStyle(element, '::placeholder');
		const box = getComputedStyle(element);
		const context = document.createElement('canvas').getContext('2d');
		if (!context) throw new Error('no canvas');
		context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
		return {
			placeholder: element.placeholder,
			text: context.measureText(element.placeholder).width,
			room: element.clientWidth - Number.parseFloat(box.paddingLeft) - Number.parseFloat(box.paddingRight),
		};
	});
}

for (const width of [360, 390]) {
	test.describe(`search boxes on a ${width} px touch phone`, () => {
		test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

		test('show their whole placeholder and no keyboard shortcut', async ({ page }) => {
			for (const path of pages) {
				await page.goto(path);
				const inputs = page.locator('input[type="search"]');
				let checked = 0;
				for (const input of await inputs.all()) {
					if (!(await input.isVisible())) continue;
					const fit = await placeholderFit(input);
					expect(fit.placeholder, path).not.toBe('');
					expect(fit.text, `${path}: "${fit.placeholder}" in ${fit.room} px`).toBeLessThanOrEqual(fit.room);
					checked++;
				}
				expect(checked, path).toBeGreaterThan(0);
				// A touch screen has no Ctrl or ⌘ key: no shortcut hint may show.
				await expect(page.getByText(/\b(ctrl|cmd)\s*\+?\s*k\b|⌘\s*k/i).filter({ visible: true })).toHaveCount(0);
			}
		});
	});
}
