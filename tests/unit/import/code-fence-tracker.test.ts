import { describe, expect, test } from 'vitest';
import { codeFenceTracker } from '../../../src/import/convert/source-blocks.ts';

/** Which lines of the text the tracker reads as fenced code, fences included. */
function fenced(text: string): string[] {
	const inCode = codeFenceTracker();
	return text.split('\n').filter((line) => inCode(line));
}

describe('fenced code, line by line', () => {
	test('a fence closes with a run of its character at least as long, and nothing after it', () => {
		expect(fenced('text\n````md\n```\nstill code\n`````\nafter')).toEqual(['````md', '```', 'still code', '`````']);
		expect(fenced('```\n```js\ncode\n```  \nafter')).toEqual(['```', '```js', 'code', '```  ']);
	});

	test('~~~ and ``` close only their own kind', () => {
		expect(fenced('~~~\n```\ncode\n~~~\n```\nin a new block')).toEqual([
			'~~~',
			'```',
			'code',
			'~~~',
			'```',
			'in a new block',
		]);
	});

	test('a fence indented in a list item counts, and an unclosed fence runs to the end', () => {
		expect(fenced('- Run:\n\n    ```sh\n    make\n    ```\n- Done')).toEqual(['    ```sh', '    make', '    ```']);
		expect(fenced('intro\n~~~~\n| a | b |\n~~~')).toEqual(['~~~~', '| a | b |', '~~~']);
		expect(fenced('text with ``two`` ticks\n`` not a fence``')).toEqual([]);
	});

	test('a fence opened on a list item’s or a quote’s own line counts; a line of inline code is no fence', () => {
		expect(fenced('- ```python\n  x = 1\n  ```\n- ```\n  next\n  ```\nafter')).toEqual([
			'- ```python',
			'  x = 1',
			'  ```',
			'- ```',
			'  next',
			'  ```',
		]);
		expect(fenced('1. ~~~sh\n   make\n   ~~~\n2. Done')).toEqual(['1. ~~~sh', '   make', '   ~~~']);
		expect(fenced('> ```\n> code\n> ```\n> quoted text')).toEqual(['> ```', '> code', '> ```']);
		expect(fenced('```x``` is code in a line\nafter')).toEqual([]);
	});
});
