/**
 * JSON laid out the way Biome formats it in this repository (tabs, 120 columns),
 * so generated files pass `npm run lint` unchanged: objects one key per line,
 * arrays of plain values on one line when they fit.
 */
export function formatJson(value: unknown, options: { lineWidth?: number; tabWidth?: number } = {}): string {
	const lineWidth = options.lineWidth ?? 120;
	const tabWidth = options.tabWidth ?? 2;
	const print = (node: unknown, depth: number, lead: number, trail: number): string => {
		const indent = '\t'.repeat(depth + 1);
		const close = '\t'.repeat(depth);
		if (Array.isArray(node)) {
			if (node.length === 0) return '[]';
			const plain = node.every((item) => item === null || typeof item !== 'object');
			if (plain) {
				const inline = `[${node.map((item) => JSON.stringify(item)).join(', ')}]`;
				if (depth * tabWidth + lead + inline.length + trail <= lineWidth) return inline;
			}
			const items = node.map((item, index) => `${indent}${print(item, depth + 1, 0, index < node.length - 1 ? 1 : 0)}`);
			return `[\n${items.join(',\n')}\n${close}]`;
		}
		if (node !== null && typeof node === 'object') {
			const entries = Object.entries(node).filter(([, item]) => item !== undefined);
			if (entries.length === 0) return '{}';
			const lines = entries.map(([key, item], index) => {
				const prefix = `${JSON.stringify(key)}: `;
				return `${indent}${prefix}${print(item, depth + 1, prefix.length, index < entries.length - 1 ? 1 : 0)}`;
			});
			return `{\n${lines.join(',\n')}\n${close}}`;
		}
		return JSON.stringify(node);
	};
	return `${print(value, 0, 0, 0)}\n`;
}
