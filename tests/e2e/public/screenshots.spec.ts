import { expect, test } from '@playwright/test';

// Not a test: on request (TRYBLOCK_SCREENSHOTS=1), full-page screenshots of each page
// type on a phone and a laptop in both themes, to look at before a release.
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'article', path: '/articles/verify-domain/' },
	{ name: 'area', path: '/areas/domains/' },
	{ name: 'search', path: '/search/?q=domain' },
	{ name: '404', path: '/no-such-page/' },
];
// The phone is a touch screen, as customers' phones are: hover styles and keyboard hints must not show.
const devices = [
	{ name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
	{ name: 'laptop', use: { viewport: { width: 1280, height: 800 } } },
];

test.skip(!process.env.TRYBLOCK_SCREENSHOTS, 'set TRYBLOCK_SCREENSHOTS=1 to take the screenshots');

for (const device of devices) {
	test.describe(device.name, () => {
		test.use(device.use);
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`screenshots: ${device.name}, ${colorScheme}`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				for (const { name, path } of pages) {
					await page.goto(path);
					if (name === 'search')
						await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
					await page.screenshot({
						path: `tests/.output/screenshots/${device.name}-${colorScheme}-${name}.png`,
						fullPage: true,
					});
				}
			});
		}
	});
}
