import { describe, expect, test } from 'vitest';
import { stopAtCancel } from '../../../src/cli/cancel.ts';
import { ExitCode } from '../../../src/cli/run.ts';

describe('stopping an interactive command at a prompt', () => {
	test('says what was left and exits 0: a person who stops has done nothing wrong', () => {
		const shown: string[] = [];
		expect(stopAtCancel({ cancel: (message) => shown.push(message) })).toBe(ExitCode.ok);
		expect(shown).toEqual(['Cancelled: nothing was written.']);
	});
});
