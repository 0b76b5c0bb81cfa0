import { fictitiousLabel, searchTexts } from '../../lib/labels.ts';
import { searchQuestion, type Answer } from '../../lib/search-fallback.ts';
import { meaningfulWords, wordsToPreload } from '../../lib/search-terms.ts';

/** The part of Pagefind's browser API (pagefind.js) the search box uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	preload(term: string): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}

/** The filter the search box offers: the kind of page (PageSearchData.astro). */
const kindFilter = 'soort';
/** Results shown at once, and added by "Meer resultaten laden". */
const pageSize = 5;
/** Pagefind searches after a pause in typing; a search per keystroke would only be thrown away. */
const pauseMs = 150;

/**
 * The handbook's search box, on Pagefind's browser API. Its markup is on every page
 * (HandbookSearch.astro); this runs once a reader opens it. Results come first and the filter on
 * kind of page is folded away below them; the count is announced to screen readers; each result
 * is one link. When no page holds every word of a question, the pages that hold most of them are
 * shown, and it says so (src/lib/search-fallback.ts). Invented examples come after real pages.
 */
export class SearchBox {
	readonly #pagefind: Pagefind;
	readonly #input: HTMLInputElement;
	readonly #message: HTMLElement;
	readonly #list: HTMLOListElement;
	readonly #more: HTMLButtonElement;
	readonly #filters: HTMLDetailsElement;
	readonly #filterValues: HTMLElement;
	/** The kind of every page, by Pagefind's page id; read while the reader types the first query. */
	#kinds: Promise<Map<string, string>> | undefined;
	#selected = new Set<string>();
	#answer: { query: string; answer: Answer<PagefindResult> } | undefined;
	#shown = 0;
	#searchId = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(root: HTMLElement, pagefind: Pagefind) {
		this.#pagefind = pagefind;
		const find = <T extends Element>(selector: string) => root.querySelector<T & HTMLElement>(selector)!;
		this.#input = find<HTMLInputElement>('[data-search-input]');
		this.#message = find('[data-search-message]');
		this.#list = find<HTMLOListElement>('[data-search-results]');
		this.#more = find<HTMLButtonElement>('[data-search-more]');
		this.#filters = find<HTMLDetailsElement>('[data-search-filters]');
		this.#filterValues = find('[data-search-filter-values]');
		// On a wide screen the filter sits beside the results, open; on a phone it waits below them, folded.
		this.#filters.open = matchMedia('(min-width: 50rem)').matches;
		this.#input.addEventListener('input', () => this.#typed());
		// Enter searches at once, without the pause.
		this.#input.form?.addEventListener('submit', () => {
			clearTimeout(this.#timer);
			if (this.#input.value.trim()) void this.#search(this.#input.value.trim());
		});
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#filterValues.addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			if (box.checked) this.#selected.add(box.value);
			else this.#selected.delete(box.value);
			void this.#show();
		});
		this.#kinds = this.#loadKinds();
		// A failure shows when a search needs the kinds; until then it is no error of its own.
		this.#kinds.catch(() => {});
		// A query typed before the search had loaded is searched now.
		if (this.#input.value.trim()) this.#typed();
	}

	#typed() {
		clearTimeout(this.#timer);
		const query = this.#input.value.trim();
		if (!query) {
			this.#searchId++;
			this.#answer = undefined;
			this.#message.textContent = '';
			this.#list.replaceChildren();
			this.#list.removeAttribute('aria-busy');
			this.#more.hidden = true;
			this.#filters.hidden = true;
			return;
		}
		// Fetching the index for these words can start while the reader pauses.
		const ahead = wordsToPreload(query);
		if (ahead.length > 0) void this.#pagefind.preload(ahead.join(' '));
		this.#timer = setTimeout(() => void this.#search(query), pauseMs);
	}

	async #search(query: string) {
		const id = ++this.#searchId;
		this.#list.setAttribute('aria-busy', 'true');
		try {
			const kinds = await (this.#kinds ??= this.#loadKinds());
			const search = async (term: string) => (await this.#pagefind.search(term)).results;
			const answer = await searchQuestion(search, meaningfulWords(query), (page) => kinds.get(page.id) === fictitiousLabel);
			if (id !== this.#searchId) return;
			this.#answer = { query, answer };
			await this.#show();
		} catch (error) {
			console.error(error);
			this.#kinds = undefined;
			if (id !== this.#searchId) return;
			this.#message.textContent = searchTexts.failed;
			this.#list.removeAttribute('aria-busy');
		}
	}

	/** Which kind each page is: one search per kind, without words, which reads the filter index only. */
	async #loadKinds(): Promise<Map<string, string>> {
		const kinds = new Map<string, string>();
		const values = Object.keys((await this.#pagefind.filters())[kindFilter] ?? {});
		await Promise.all(
			values.map(async (kind) => {
				const { results } = await this.#pagefind.search(null, { filters: { [kindFilter]: kind } });
				for (const result of results) kinds.set(result.id, kind);
			}),
		);
		return kinds;
	}

	/** Shows the current answer through the chosen filter: the count, the first results, the filter. */
	async #show() {
		if (!this.#answer) return;
		const id = this.#searchId;
		const { query, answer } = this.#answer;
		const kinds = await this.#kinds!;
		const pages = this.#filtered(answer.pages, kinds);
		const first = await Promise.all(pages.slice(0, pageSize).map((page) => this.#item(page, kinds)));
		if (id !== this.#searchId) return;
		this.#list.replaceChildren(...first);
		this.#list.removeAttribute('aria-busy');
		this.#shown = first.length;
		this.#more.hidden = pages.length <= this.#shown;
		this.#message.replaceChildren(...this.#messageOf(query, answer, pages.length));
		this.#showFilters(answer.pages, kinds);
	}

	async #showMore() {
		if (!this.#answer) return;
		const kinds = await this.#kinds!;
		const pages = this.#filtered(this.#answer.answer.pages, kinds);
		const next = await Promise.all(pages.slice(this.#shown, this.#shown + pageSize).map((page) => this.#item(page, kinds)));
		this.#list.append(...next);
		this.#shown += next.length;
		this.#more.hidden = pages.length <= this.#shown;
		// Keyboard and screen reader users go on from the first result they had not seen.
		next[0]?.querySelector('a')?.focus();
	}

	#filtered(pages: PagefindResult[], kinds: Map<string, string>) {
		return this.#selected.size === 0 ? pages : pages.filter((page) => this.#selected.has(kinds.get(page.id) ?? ''));
	}

	#messageOf(query: string, answer: Answer<PagefindResult>, shown: number): Node[] {
		const total = answer.pages.length;
		const count = document.createElement('strong');
		count.textContent = shown === total ? searchTexts.results(total, query) : searchTexts.filtered(shown, total, query);
		const why = {
			none: '',
			'every-word': '',
			'few-every-word': searchTexts.fewEveryWord(answer.complete),
			'most-words': searchTexts.mostWords,
			'like-word': searchTexts.likeWord(answer.start ?? ''),
		}[answer.outcome];
		if (!why) return [count];
		const line = document.createElement('span');
		line.className = 'search-box__why';
		line.textContent = why;
		return [count, line];
	}

	/** One result: its kind above one link, the page's title, then the passage where the words are. */
	async #item(page: PagefindResult, kinds: Map<string, string>): Promise<HTMLLIElement> {
		const data = await page.data();
		const item = document.createElement('li');
		item.className = 'search-result';
		const kind = kinds.get(page.id);
		const kindId = `search-result-kind-${page.id}`;
		if (kind) {
			const label = document.createElement('span');
			label.className = kind === fictitiousLabel ? 'search-result__kind search-result__kind--example' : 'search-result__kind';
			label.id = kindId;
			label.textContent = kind;
			item.append(label);
		}
		const link = document.createElement('a');
		link.className = 'search-result__link';
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		if (kind) link.setAttribute('aria-describedby', kindId);
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		excerpt.append(...marked(data.excerpt));
		item.append(link, excerpt);
		return item;
	}

	/** The kinds of page among the results, with how many of each; a kind chosen stays, even at 0. */
	#showFilters(pages: PagefindResult[], kinds: Map<string, string>) {
		const counts = new Map<string, number>();
		for (const page of pages) {
			const kind = kinds.get(page.id);
			if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
		}
		for (const kind of this.#selected) if (!counts.has(kind)) counts.set(kind, 0);
		this.#filters.hidden = counts.size === 0;
		const boxes = [...counts].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([kind, count]) => {
			const label = document.createElement('label');
			label.className = 'search-box__filter';
			const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: kind, checked: this.#selected.has(kind) });
			label.append(box, ` ${kind} (${count})`);
			return label;
		});
		// Focus stays on a box the reader just ticked, which is rebuilt with its new count.
		const focused = (document.activeElement as HTMLInputElement | null)?.closest('[data-search-filter-values]') ? (document.activeElement as HTMLInputElement).value : undefined;
		this.#filterValues.replaceChildren(...boxes);
		if (focused !== undefined) boxes.find((label) => label.querySelector('input')!.value === focused)?.querySelector('input')?.focus();
	}
}

/**
 * Pagefind's excerpt as nodes: its text, with the words found in <mark>. Built from text nodes,
 * so nothing in a page's text can become markup here.
 */
function marked(excerpt: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = excerpt;
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}
