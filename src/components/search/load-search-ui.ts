import { searchTerms } from '../../lib/search-terms.ts';
// The stylesheet's address only: imported as CSS, Astro would put it on every page up front.
import stylesheet from '@pagefind/default-ui/css/ui.css?url';

/**
 * Builds Pagefind's search interface in `element`. Loaded only when a reader opens the search,
 * so no page pays for it on its first view.
 */
export async function loadSearchUi(element: HTMLElement, translations: Record<string, string>): Promise<void> {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
	document.head.append(link);
	// @ts-expect-error: @pagefind/default-ui ships no types.
	const { PagefindUI } = (await import('@pagefind/default-ui')) as { PagefindUI: new (options: Record<string, unknown>) => unknown };
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	new PagefindUI({
		element,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${base}/pagefind/`,
		showImages: false,
		showSubResults: true,
		resetStyles: false,
		translations,
		processTerm: searchTerms,
		// Pagefind waits 300 ms after a keystroke before it searches; half that still spares a
		// search per keystroke, and the first results come within 300 ms of the last one.
		debounceTimeoutMs: 150,
	});
}
