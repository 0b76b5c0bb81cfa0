/**
 * How the handbook's pages meet Pagefind's ranking, in one place for the pages that write the
 * index (PageSearchData.astro), the search box that asks it, and the tests.
 */

/** The metadata field that holds a page's search words: the words readers type that its text does not use. */
export const searchWordsField = 'zoekwoorden';

/**
 * Pagefind's options in the search box. A search word weighs twice a word of the page title
 * (Pagefind's title weight is 5): a maintainer added it because readers type it for this page.
 */
export const pagefindOptions = {
	excerptLength: 24,
	ranking: { metaWeights: { [searchWordsField]: 10 } },
};
