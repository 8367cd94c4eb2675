import { logLine } from '../cli/untrusted-text.ts';
import { formatSeconds } from '../http/messages.ts';

export interface ProgressCounts {
	tickets: number;
	pages: number;
	waits: number;
	waitedSeconds: number;
}

export interface ProgressLine {
	update(counts: ProgressCounts): void;
	/** Prints a whole line (a rate-limit wait, a retry) above the progress line. */
	notice(line: string): void;
	clear(): void;
}

export interface ProgressStream {
	write(text: string): unknown;
	isTTY?: boolean;
}

/**
 * The one line a long pull keeps rewriting on a terminal: tickets and pages so far and
 * the rate-limit waits. Not on a terminal (CI logs, pipes) it stays quiet, and notices
 * print as plain lines.
 */
export function createProgressLine(
	stream: ProgressStream,
	vendor: string,
	options: { intervalMs?: number } = {},
): ProgressLine {
	const live = stream.isTTY === true;
	const interval = options.intervalMs ?? 100;
	let shown = false;
	let last = 0;
	let counts: ProgressCounts | undefined;
	const text = (current: ProgressCounts) => {
		const waits =
			current.waits > 0
				? `, ${current.waits} rate-limit wait${current.waits === 1 ? '' : 's'} (${formatSeconds(current.waitedSeconds)})`
				: '';
		return `${vendor}: ${current.tickets.toLocaleString('en')} tickets, ${current.pages.toLocaleString('en')} page${current.pages === 1 ? '' : 's'}${waits}`;
	};
	const draw = () => {
		if (!counts) return;
		stream.write(`\r\u001b[2K${text(counts)}`);
		shown = true;
	};
	const clear = () => {
		if (shown) stream.write('\r\u001b[2K');
		shown = false;
	};
	return {
		update(current) {
			counts = current;
			if (!live) return;
			const now = performance.now();
			if (now - last < interval) return;
			last = now;
			draw();
		},
		notice(line) {
			if (live) clear();
			stream.write(`${logLine(line)}\n`);
			if (live) draw();
		},
		clear,
	};
}
