// Preloaded (`node --import`) into a build the benchmark measures: prints the
// process's peak resident memory as it exits, however Astro's CLI ends it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
	writeSync(1, `\nTRYBLOCK_MAX_RSS=${process.resourceUsage().maxRSS}\n`);
});
