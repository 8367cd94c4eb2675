import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Folders made outside a running test (in a hook or a describe), removed when the worker ends. */
const outsideTests: string[] = [];
process.once('exit', () => {
	for (const dir of outsideTests) rmSync(dir, { recursive: true, force: true });
});

/**
 * An empty folder outside the repository, removed when the test that made it ends. The
 * unit files share one module cache (tests/vitest.config.ts), so a hook this module
 * registered when first loaded would clean up after the first file only: left behind,
 * each run of the suite left hundreds of folders in the machine's temporary folder.
 */
export function temporaryDir(label: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), `tryblock-${label}-`));
	try {
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	} catch {
		outsideTests.push(dir);
	}
	return dir;
}
