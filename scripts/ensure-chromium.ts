// Makes sure the end-to-end tests have a browser: Playwright cannot download one
// here, so they use the system Chromium, installed with apt-get when running as root.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/e2e/chromium.ts';

if (!chromiumPath()) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt) {
		console.error(
			'The end-to-end tests need Chromium. Install it with: sudo apt-get update && sudo apt-get install -y chromium',
		);
		console.error('(or set CHROMIUM_PATH to a Chromium or Chrome binary)');
		process.exit(2);
	}
	console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)...');
	const install = spawnSync(
		'sh',
		['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
		{ stdio: 'inherit' },
	);
	if (install.status !== 0 || !chromiumPath()) {
		console.error('Could not install Chromium with apt-get; install the "chromium" package and run the tests again.');
		process.exit(2);
	}
}
