/**
 * How the handbook's pages meet Pagefind's ranking, in one place for the pages that write the
 * index (PageSearchData.astro), the search box that asks it, and the tests.
 */

/** The metadata field that holds a page's search words: the words readers type that its text does not use. */
export const searchWordsField = 'zoekwoorden';

/**
 * Pagefind's options in the search box. A search word weighs twice a word of the page title
 * (Pagefind's title weight is 5): a maintainer added it because readers type it for this page.
 * Pagefind searches on the page itself, not in its web worker: the worker's script (12 KB
 * gzipped) repeats the code pagefind.js already brings, and a search of 5,000 interpretations
 * takes milliseconds on the page (benchmark: first search, README "Prestaties").
 */
export const pagefindOptions = {
	noWorker: true,
	excerptLength: 24,
	ranking: { metaWeights: { [searchWordsField]: 10 } },
};
