import { statSync } from 'node:fs';
import type { BodyReference } from '../authoring/check/scan.ts';
import { displayPath } from '../content-model/paths.ts';
import { type AttachmentOwner, attachmentPath, attachmentTarget, isAttachmentLink } from './links.ts';

/** What became of one attachment link of a page. */
export type AttachmentFinding =
	| {
			kind: 'served';
			reference: BodyReference;
			/** The file, absolute. */
			file: string;
			/** Its path in the build: `/articles/<slug>/checklist.pdf`. */
			path: string;
			/** The first folder of its path beside the page, when not the page's own. */
			folder?: string;
	  }
	| { kind: 'problem'; reference: BodyReference; message: string; hint: string };

function isFile(file: string, cache: Map<string, boolean>): boolean {
	let known = cache.get(file);
	if (known === undefined) {
		try {
			known = statSync(file).isFile();
		} catch {
			known = false;
		}
		cache.set(file, known);
	}
	return known;
}

/**
 * The attachments a page links (`[checklist](./verify-your-domain/checklist.pdf)`):
 * each served at its address under the page, or a problem with what to do: the file
 * is missing, lies outside the page's folder, is a kind the help center never serves,
 * or shares its address with another file of the same page.
 */
export function attachmentsOf(
	owner: AttachmentOwner,
	references: readonly BodyReference[],
	cache: Map<string, boolean> = new Map(),
): AttachmentFinding[] {
	const findings: AttachmentFinding[] = [];
	const byPath = new Map<string, string>();
	for (const reference of references) {
		if (reference.type !== 'link' || !isAttachmentLink(reference.url)) continue;
		const target = attachmentTarget(owner, reference.url);
		if (!target.ok) {
			findings.push({ kind: 'problem', reference, message: `${reference.url} ${target.reason}`, hint: target.hint });
			continue;
		}
		if (!isFile(target.file, cache)) {
			findings.push({
				kind: 'problem',
				reference,
				message: `${reference.url}: no file at ${displayPath(target.file)}`,
				hint: 'attachments are read from the folder of the page, as relative images are',
			});
			continue;
		}
		const served = attachmentPath(target.url);
		const other = byPath.get(served);
		if (other !== undefined && other !== target.file) {
			findings.push({
				kind: 'problem',
				reference,
				message: `${reference.url} would be served at ${served}, like ${displayPath(other)}`,
				hint: 'rename one of the two files',
			});
			continue;
		}
		byPath.set(served, target.file);
		findings.push({ kind: 'served', reference, file: target.file, path: served, folder: target.folder });
	}
	return findings;
}

/**
 * The images a page shows from beside it (`![DNS panel](./verify-your-domain/dns.png)`),
 * served as they are at their address under the page, as attachments are, so the
 * Markdown agents read (`llms-full.txt`, `kb.json`, `/articles/<slug>.md`) can point at
 * them: the page itself shows Astro's optimised copy, whose address only the build
 * knows. Images that cannot be served so are left out without a problem: a missing
 * one is the image rule's to report, and an SVG is never served from the site's origin.
 */
export function servedImagesOf(
	owner: AttachmentOwner,
	references: readonly BodyReference[],
	cache: Map<string, boolean> = new Map(),
): { path: string; file: string }[] {
	const images: { path: string; file: string }[] = [];
	for (const reference of references) {
		if (reference.type !== 'image' || !isAttachmentLink(reference.url)) continue;
		const target = attachmentTarget(owner, reference.url);
		if (target.ok && isFile(target.file, cache)) images.push({ path: attachmentPath(target.url), file: target.file });
	}
	return images;
}
