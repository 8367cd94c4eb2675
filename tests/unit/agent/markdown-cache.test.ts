import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { bodyToMarkdown } from '../../../src/agent/markdown.ts';
import { cachedConverter } from '../../../src/agent/markdown-cache.ts';

const dir = 'tests/.output/agent-markdown-cache';
const options = { format: 'mdx', siteUrl: 'https://help.example.com', minHeadingDepth: 2 } as const;
const body = '<Aside type="tip">Use [the status page](/articles/status/).</Aside>\n';

function cachedFiles(): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
}

beforeEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Markdown kept between builds', () => {
	test('the first conversion is written to the cache and later ones read it', () => {
		const convert = cachedConverter(dir);
		expect(convert(body, options)).toBe(bodyToMarkdown(body, options));
		const [file] = cachedFiles();
		expect(file).toBeDefined();
		// A second build gets what is on disk, without converting again.
		writeFileSync(path.join(dir, file as string), 'from the cache\n');
		expect(cachedConverter(dir)(body, options)).toBe('from the cache\n');
	});

	test('another body or other options get their own entry', () => {
		const convert = cachedConverter(dir);
		convert(body, options);
		convert(`${body}\nMore.\n`, options);
		convert(body, { ...options, siteUrl: 'https://internal.example.com' });
		expect(cachedFiles()).toHaveLength(3);
		expect(readFileSync(path.join(dir, cachedFiles()[0] as string), 'utf8')).toMatch(/^> \*\*Tip\*\*/);
	});

	test('without the converter’s sources to key on, nothing is cached', () => {
		const convert = cachedConverter(dir, 'tests/fixtures/agent');
		expect(convert).toBe(bodyToMarkdown);
	});
});
