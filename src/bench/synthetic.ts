import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../content-model/schemas/taxonomy.ts';

const topics = [
	'domain',
	'webhook',
	'API key',
	'invoice',
	'bounce',
	'SMTP login',
	'broadcast',
	'inbound route',
	'team member',
];
const verbs = ['fails', 'times out', 'is rejected', 'shows an error', 'stays pending', 'is missing', 'is delayed'];

/** A deterministic pseudo-random sequence, so every benchmark run builds the same site. */
export function sequence(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * One synthetic help article shaped like the real ones: a short answer, h2/h3
 * sections, a GFM table, a task list, a code block and links to other articles.
 */
export function syntheticArticle(index: number, total: number, taxonomy: Taxonomy, format: 'md' | 'mdx'): string {
	const random = sequence(index + 1);
	const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
	const topic = pick(topics);
	const verb = pick(verbs);
	const category = pick(taxonomy.categories).id;
	const productArea = pick(taxonomy.productAreas).id;
	const other = (offset: number) => `generated-${String(((index + offset) % total) + 1).padStart(5, '0')}`;
	const day = String((index % 28) + 1).padStart(2, '0');
	const aside =
		format === 'mdx'
			? `<Aside type="tip">Check the ${topic} settings before you retry; most fixes take effect within minutes.</Aside>\n\n`
			: '> Check the settings before you retry; most fixes take effect within minutes.\n\n';
	return `---
title: "Case ${index + 1}: the ${topic} ${verb}"
description: "What to do when the ${topic} ${verb}: the usual causes and how to fix each one."
category: ${category}
productArea: ${productArea}
updated: 2026-10-${day}
tickets: [GEN-${index + 1}]
tags: [generated, ${productArea}]
aliases: ["${topic} ${verb}", "${topic} error ${index + 1}"]
related: [${other(1)}, ${other(2)}]
---

When the ${topic} ${verb}, the cause is almost always one of three settings. Check them in this order.

## Symptoms

- The dashboard shows the ${topic} with a warning.
- API responses include \`error_code_${index % 50}\`.
- [ ] Note the time and the request id before you change anything.

## Cause

${'The most common cause is a configuration that changed recently. '.repeat(4)}

### Settings that matter

| Setting | Expected | Where |
| --- | --- | --- |
| Status | active | Settings → ${topic} |
| Region | same as account | Settings → Region |
| Limit | 2 per second | API → Limits |

## Fix

1. Open the dashboard.
2. Correct the setting from the table above.
3. Retry the request.

${aside}\`\`\`bash
curl -X POST https://api.example.test/v1/retry -H "Authorization: Bearer $KEY" -d '{"id": ${index}}'
\`\`\`

See also [the next case](/articles/${other(1)}/) and [another one](/articles/${other(3)}/#fix).
`;
}

/**
 * Writes a content folder with `count` synthetic articles next to the real
 * taxonomy and settings, replacing whatever the folder held.
 */
export function writeSyntheticContent(options: {
	dir: string;
	count: number;
	format: 'md' | 'mdx';
	taxonomy: Taxonomy;
	sourceContentDir: string;
}): void {
	rmSync(options.dir, { recursive: true, force: true });
	mkdirSync(path.join(options.dir, 'articles'), { recursive: true });
	mkdirSync(path.join(options.dir, 'runbooks'), { recursive: true });
	for (const file of ['taxonomy.yaml', 'tryblock.yaml']) {
		copyFileSync(path.join(options.sourceContentDir, file), path.join(options.dir, file));
	}
	for (let index = 0; index < options.count; index++) {
		const name = `generated-${String(index + 1).padStart(5, '0')}.${options.format}`;
		writeFileSync(
			path.join(options.dir, 'articles', name),
			syntheticArticle(index, options.count, options.taxonomy, options.format),
		);
	}
}
