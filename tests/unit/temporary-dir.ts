import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const temporary: string[] = [];
// Registered when a test file imports this module, so every file that makes folders cleans them:
// left behind, a few thousand runs fill the machine's temporary folder.
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty folder outside the repository, removed after the test. */
export function temporaryDir(label: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), `tryblock-${label}-`));
	temporary.push(dir);
	return dir;
}
