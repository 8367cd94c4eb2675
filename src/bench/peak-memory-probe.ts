// Preloaded (`node --import`) into a build the benchmark measures: prints the
// process's peak resident memory as it exits, however Astro's CLI ends it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
	const usage = process.resourceUsage();
	writeSync(1, `\nTRYBLOCK_MAX_RSS=${usage.maxRSS} TRYBLOCK_CPU=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
