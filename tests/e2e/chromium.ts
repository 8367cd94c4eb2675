import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/** The system's Chromium (or the one CHROMIUM_PATH names), if there is one. */
export function chromiumPath(): string | undefined {
	return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/** How to get a Chromium, for messages that need one. */
export const chromiumInstallHint =
	'Install it with `apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Playwright cannot download its own browser here, so the tests use the system's
 * Chromium. Stops with the exact install command when there is none.
 */
export function findChromium(): string {
	const found = chromiumPath();
	if (!found) throw new Error(`No Chromium found for the end-to-end tests. ${chromiumInstallHint}`);
	return found;
}
