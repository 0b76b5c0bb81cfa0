/**
 * Pagefind finds only pages that hold every word of a query. A reader who types three words of
 * which no page holds all three would get nothing; a reader who mistypes the end of a word, too.
 * This searches as Pagefind does first, and only when that finds fewer than a few pages, word by
 * word: below the pages that hold every word come the pages that hold the most of them. A first
 * search that finds enough costs no more than before.
 */

/** Below this many pages holding every word, pages holding most of the words are added. */
export const enoughPages = 3;

/** A page the index found: its id and how well it matched. */
export interface Found {
	id: string;
	score: number;
}

/** Asks the index for the pages that hold every word of `term`. */
export type SearchIndex<T extends Found> = (term: string) => Promise<T[]>;

/** How the pages were found, which the search box says to the reader. */
export type Outcome =
	/** No page holds any of the words. */
	| 'none'
	/** Every page found holds every word. */
	| 'every-word'
	/** A few pages hold every word; below them come pages holding most of the words. */
	| 'few-every-word'
	/** No page holds every word; these hold the most of them. */
	| 'most-words'
	/** One word, on no page as typed; these pages hold a word that begins like it. */
	| 'like-word';

export interface Answer<T extends Found> {
	pages: T[];
	outcome: Outcome;
	/** How many of the pages hold every word: the first ones, among real pages and among examples. */
	complete: number;
	/** For 'like-word': the beginning of the word that was found. */
	start?: string;
}

/** Pages found for a word that ends in a typo are looked up by ever shorter beginnings, down to half the word. */
export function shortenings(word: string): string[] {
	const shortest = Math.max(4, Math.round(word.length / 2));
	const starts: string[] = [];
	for (let length = word.length - 1; length >= shortest; length--) starts.push(word.slice(0, length));
	return starts;
}

/**
 * Pages that hold the most words first. `perWord` holds, for each word, the pages found for it;
 * among pages that hold as many words, the one that matched them best comes first.
 */
export function byWordsHeld<T extends Found>(perWord: T[][]): { page: T; held: number }[] {
	const tally = new Map<string, { page: T; held: number; score: number }>();
	for (const pages of perWord) {
		for (const page of pages) {
			const counted = tally.get(page.id);
			if (counted) {
				counted.held += 1;
				counted.score += page.score;
			} else tally.set(page.id, { page, held: 1, score: page.score });
		}
	}
	return [...tally.values()].sort((a, b) => b.held - a.held || b.score - a.score).map(({ page, held }) => ({ page, held }));
}

/**
 * Real pages before invented examples, the order kept otherwise. An example whose title repeats the
 * words can outscore the rule it illustrates, and one that holds more of a question's words than
 * the rule would come first by words alone; a reader should meet the real rule first either way.
 */
export function examplesLast<T>(ranked: T[], isExample: (page: T) => boolean): T[] {
	return [...ranked.filter((page) => !isExample(page)), ...ranked.filter(isExample)];
}

/** The pages found for one word: as typed, or else for the longest beginning of it that any page holds. */
async function pagesForWord<T extends Found>(search: SearchIndex<T>, word: string): Promise<{ pages: T[]; start?: string }> {
	const pages = await search(word);
	if (pages.length > 0) return { pages };
	for (const start of shortenings(word)) {
		const like = await search(start);
		if (like.length > 0) return { pages: like, start };
	}
	return { pages: [] };
}

/** Searches the words of a question as described above; invented examples come after every real page. */
export async function searchQuestion<T extends Found>(search: SearchIndex<T>, words: string[], isExample: (page: T) => boolean): Promise<Answer<T>> {
	if (words.length === 0) return { pages: [], outcome: 'none', complete: 0 };
	const everyWord = await search(words.join(' '));
	const complete = everyWord.length;
	if (complete >= enoughPages || (complete > 0 && words.length === 1)) return { pages: examplesLast(everyWord, isExample), outcome: 'every-word', complete };
	const perWord = await Promise.all(words.map((word) => pagesForWord(search, word)));
	const found = new Set(everyWord.map((page) => page.id));
	const more = byWordsHeld(perWord.map(({ pages }) => pages))
		.filter(({ page }) => !found.has(page.id))
		.map(({ page }) => page);
	const pages = examplesLast([...everyWord, ...more], isExample);
	if (pages.length === 0) return { pages, outcome: 'none', complete };
	if (more.length === 0) return { pages, outcome: 'every-word', complete };
	if (complete > 0) return { pages, outcome: 'few-every-word', complete };
	if (words.length === 1) return { pages, outcome: 'like-word', complete, start: perWord[0]!.start };
	return { pages, outcome: 'most-words', complete };
}
