// <search-box>: the search form of the home page, the header and the 404 page. Without
// JavaScript it is a plain form that opens the search page; with it, it suggests
// articles as the customer types (an ARIA combobox), through the same pipeline as the
// search page. The pipeline and Pagefind load on first focus, not with the page.

const DEBOUNCE_MS = 120;
const SUGGESTIONS = 5;

type Modules = [typeof import('./load.ts'), typeof import('./render.ts')];
let modules: Promise<Modules> | undefined;
const loadModules = () => {
	modules ??= Promise.all([import('./load.ts'), import('./render.ts')]);
	return modules;
};

export class SearchBox extends HTMLElement {
	private input!: HTMLInputElement;
	private popup!: HTMLElement;
	private list!: HTMLElement;
	private status!: HTMLElement;
	private more!: HTMLAnchorElement;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private asked = 0;
	private active = -1;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		const popup = this.querySelector<HTMLElement>('.search-popup');
		if (!input || !popup) return;
		this.input = input;
		this.popup = popup;
		this.list = popup.querySelector('[role="listbox"]') as HTMLElement;
		this.status = popup.querySelector('.search-status') as HTMLElement;
		this.more = popup.querySelector('.search-more a') as HTMLAnchorElement;
		input.addEventListener('focus', () => void this.warmUp(), { once: true });
		input.addEventListener('input', () => this.schedule());
		input.addEventListener('keydown', (event) => this.onKey(event));
		this.list.addEventListener('click', (event) => {
			const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
			if (option?.dataset.href) location.assign(option.dataset.href);
		});
		document.addEventListener('click', (event) => {
			if (!this.contains(event.target as Node)) this.close();
		});
		if (input.value.trim() !== '') this.schedule();
	}

	private async warmUp() {
		try {
			const [{ siteSearch }] = await loadModules();
			await siteSearch();
		} catch {
			// Search stays a plain form that opens the search page.
		}
	}

	private schedule() {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.suggest(), DEBOUNCE_MS);
	}

	private async suggest() {
		const query = this.input.value;
		const ask = ++this.asked;
		if (query.trim() === '') return this.close();
		const [{ siteSearch }, render] = await loadModules();
		const search = await siteSearch();
		const view = await search.search(query, { limit: SUGGESTIONS });
		if (ask !== this.asked) return;
		this.active = -1;
		this.input.removeAttribute('aria-activedescendant');
		const id = this.list.id;
		this.list.replaceChildren(
			...view.results.map((result, index) =>
				render.el('li', { role: 'option', id: `${id}-${index}`, 'data-href': result.url, 'aria-selected': 'false' }, [
					...render.resultBody(result, { linkTitle: false }),
				]),
			),
		);
		this.status.replaceChildren();
		for (const notice of [render.correctionNotice(view.plan), render.leftOutNotice(view.plan, view.total > 0)])
			if (notice) this.status.append(notice);
		if (view.results.length === 0)
			this.status.append(render.noResults(query, await search.suggestions(), { language: search.language }));
		this.more.href = render.searchPageUrl(query);
		const ui = render.pageUi();
		this.more.textContent =
			view.total > 0 ? ui.t('search.seeAllResults', { count: view.total }) : ui.t('search.openSearchPage');
		this.popup.hidden = false;
		this.input.setAttribute('aria-expanded', String(view.results.length > 0));
	}

	private onKey(event: KeyboardEvent) {
		const options = [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
		if (event.key === 'Escape') return this.close();
		if (event.key === 'Enter' && this.active >= 0) {
			event.preventDefault();
			const href = options[this.active]?.dataset.href;
			if (href) location.assign(href);
			return;
		}
		if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || options.length === 0 || this.popup.hidden) return;
		event.preventDefault();
		const step = event.key === 'ArrowDown' ? 1 : -1;
		this.active = (this.active + step + options.length) % options.length;
		options.forEach((option, index) => {
			option.setAttribute('aria-selected', String(index === this.active));
		});
		const current = options[this.active];
		if (current) {
			this.input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		}
	}

	private close() {
		this.asked++;
		this.popup.hidden = true;
		this.active = -1;
		this.input.setAttribute('aria-expanded', 'false');
		this.input.removeAttribute('aria-activedescendant');
	}
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
