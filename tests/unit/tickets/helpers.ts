import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pc from 'picocolors';
import { checkCoverageMain, usage } from '../../../src/tickets/cli.ts';
import { createColumnMatcher } from '../../../src/tickets/columns.ts';
import { coverageConfigSchema, requiredColumns } from '../../../src/tickets/coverage-config.ts';
import { type GateOptions, type GateResult, runCoverageGate } from '../../../src/tickets/gate.ts';
import type { RawRow } from '../../../src/tickets/raw-row.ts';
import { readExport } from '../../../src/tickets/read-export.ts';
import { type ProcessRun, runInProcess } from '../in-process.ts';

export const fixtures = 'tests/fixtures/tickets';

/** Path of a fixture file or folder, relative to the repository (as messages show it). */
export function fixture(...parts: string[]): string {
	return path.join(fixtures, ...parts);
}

/** The shared fixture site: six articles (one draft, one internal) and a runbook. */
export const site = fixture('site');

export const plain = pc.createColors(false);

/** Runs the gate in-process against the fixture site (or `contentDir`), judging waivers as of 2026-06-01. */
export function gate(options: GateOptions = {}): Promise<GateResult> {
	return runCoverageGate({ contentDir: site, today: '2026-06-01', ...options });
}

export type CommandRun = ProcessRun;

/**
 * Runs `npm run check:coverage` with arguments in this process, as its script runs it
 * with `NO_COLOR=1`, against the fixture site (or `contentDir`): its output and exit code.
 */
export function checkCoverage(args: string[], options: { contentDir?: string } = {}): Promise<CommandRun> {
	return runInProcess(
		(streams) =>
			checkCoverageMain(args, {
				contentDir: path.resolve(options.contentDir ?? site),
				stdout: streams.stdout,
				colors: plain,
			}),
		usage(path.resolve(options.contentDir ?? site)),
	);
}

/**
 * Runs `npm run check:coverage` as CI does, in a child process, for what only a process of
 * its own shows: its exit status as a shell sees it, a time zone, colours from the environment.
 */
export function checkCoverageProcess(args: string[], env: Record<string, string> = {}): CommandRun {
	const run = spawnSync(process.execPath, ['scripts/check-coverage.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', TRYBLOCK_CONTENT_DIR: site, ...env },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Reads one export with the default columns: each row as handed over (line, cells, problem) and the summary. */
export async function readRows(file: string) {
	const matcher = createColumnMatcher(coverageConfigSchema.parse(undefined).columns);
	const rows: Pick<RawRow, 'line' | 'problem' | 'values'>[] = [];
	const onRow = (row: RawRow) => rows.push({ line: row.line, problem: row.problem, values: { ...row.values } });
	const summary = await readExport(file, { matcher, required: requiredColumns, onRow });
	return { rows, summary };
}

/** Lines a CI runner would run as a command: `::name ...::` or `##[name]` after leading whitespace. */
export function workflowCommands(output: string): string[] {
	return output.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).filter((line) => /^\s*(::|##(vso)?\[)/.test(line));
}

/** Characters that must never reach a terminal or a log raw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: it looks for control characters in the output.
export const rawControls = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
