// Preloaded (`node --import`) into the pull `npm run bench:pull` measures: prints the
// process's peak resident memory and the CPU time it used as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
	const usage = process.resourceUsage();
	writeSync(1, `\nTRYBLOCK_MAX_RSS=${usage.maxRSS}\nTRYBLOCK_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
