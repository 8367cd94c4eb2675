import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * Playwright cannot download its own browser here, so the tests use the system's
 * Chromium. Stops with the exact install command when there is none.
 */
export function findChromium(): string {
	const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
	if (!found) {
		throw new Error(
			'No Chromium found for the end-to-end tests. Install it with `apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
	}
	return found;
}
