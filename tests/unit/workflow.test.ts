import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

// The example workflow a team copies: a step naming a script that no longer exists, or in
// the wrong order, would fail (or pass) the team's pull requests for the wrong reason.
const workflow = parse(readFileSync('.github/workflows/help-center.yml', 'utf8')) as {
	jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
};
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
const commands = Object.values(workflow.jobs)
	.flatMap((job) => job.steps)
	.flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string));

test('the example workflow runs only scripts the project has', () => {
	expect(commands.filter((command) => !scripts.includes(command))).toEqual([]);
});

test('it checks the content, builds, runs the search evals on that build, then the coverage gate', () => {
	const firstRun = (command: string) => commands.indexOf(command);
	expect(firstRun('check')).toBeGreaterThanOrEqual(0);
	expect(firstRun('check')).toBeLessThan(firstRun('build'));
	expect(firstRun('build')).toBeLessThan(firstRun('eval:search'));
	expect(firstRun('build')).toBeLessThan(firstRun('check:coverage'));
});
