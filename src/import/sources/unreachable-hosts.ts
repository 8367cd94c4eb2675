import type { AssetFetch } from './types.ts';

/**
 * Downloads that stop asking a host the network could not reach: each try at it waits
 * out its retries (about seven seconds), so a help center whose old host no longer
 * answers, switched off before the import, would take that long for every picture.
 * One failure without an answer is enough; a status (404, 403) is about one file only.
 */
export function skippingUnreachableHosts<Fetched extends AssetFetch>(
	download: (url: string, maxBytes: number) => Promise<Fetched>,
): (url: string, maxBytes: number) => Promise<Fetched | { ok: false; reason: string }> {
	const unreachable = new Map<string, string>();
	return async (url, maxBytes) => {
		let host: string | undefined;
		try {
			host = new URL(url).hostname;
		} catch {
			return download(url, maxBytes);
		}
		const failed = unreachable.get(host);
		if (failed) return { ok: false, reason: failed };
		const result = await download(url, maxBytes);
		if (!result.ok && !/^\d{3}\b/.test(result.reason))
			unreachable.set(host, `${host} could not be reached: ${result.reason.replace(/^GET \S+: /, '')}`);
		return result;
	};
}
