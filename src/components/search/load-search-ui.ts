// The stylesheet's address only: imported as CSS, Astro would put it on every page up front.
import stylesheet from './search-box.css?url';
import { pagefindOptions } from '../../lib/search-ranking.ts';
import type { Pagefind } from './search-box.ts';

/** Resolves once a stylesheet has loaded (or failed: the search still works unstyled). */
function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: resolve });
		document.head.append(link);
	});
}

/**
 * Starts the search box in `root` (its markup is in HandbookSearch.astro): its code, its styles and
 * Pagefind itself are loaded only when a reader opens the search, so no page pays for them on its
 * first view.
 */
export async function loadSearchUi(root: HTMLElement): Promise<void> {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const [pagefind, { SearchBox }] = await Promise.all([
		import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`) as Promise<Pagefind>,
		import('./search-box.ts'),
		addStylesheet(stylesheet),
	]);
	await pagefind.options(pagefindOptions);
	new SearchBox(root, pagefind);
}
