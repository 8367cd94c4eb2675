/** Where a command writes: the console in scripts, a buffer in tests. */
export interface CommandIo {
	log: (line: string) => void;
	error: (line: string) => void;
}

export const consoleIo: CommandIo = {
	log: (line) => console.log(line),
	error: (line) => console.error(line),
};
