/** Text as HTML, in content and in quoted attributes: what arrives from elsewhere is never markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
