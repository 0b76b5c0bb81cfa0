/**
 * Pagefind finds only pages that hold every word of a query. Readers type questions — "wat doe ik
 * als ik word gepest" — whose little words are on no single page with the word that matters. The
 * search drops those words first; what is left is what the reader is looking for.
 */
const questionWords = new Set(
	[
		// Question words and the verbs questions are built with.
		'wat wie waar wanneer waarom hoe hoeveel welke welk waarover waarmee',
		'is zijn ben bent word wordt worden werd kan kun kunt kunnen mag mogen moet moeten wil wilt willen',
		'doe doet doen heb hebt heeft hebben ga gaat gaan zou zouden maak maakt maken betekent betekenen betekenis',
		// Pronouns, articles and small connecting words.
		'ik me mij mijn je jij jou jouw u uw we wij ons onze hij zij ze het hem haar die dat dit deze er',
		'een de en of in op aan met voor van bij naar om te als dan ook nog maar al wel niet geen zo over tot uit tegen iets',
	]
		.join(' ')
		.split(' '),
);

/** The words of a query that say what the reader looks for, lower case, each once. */
export function meaningfulWords(query: string): string[] {
	const words = query.toLocaleLowerCase('nl').replace(/[?!.,;:]/g, ' ').split(/\s+/).filter(Boolean);
	const meaningful = words.filter((word) => !questionWords.has(word));
	// A query of only little words ("wie ben ik") is searched as typed.
	return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

export function searchTerms(query: string): string {
	return meaningfulWords(query).join(' ');
}

/**
 * The words worth fetching the index for while the reader is still typing. Pagefind keeps its index
 * in chunks by word; the chunk for "p" or "pe" is seldom the one the finished word is in, so a
 * word is fetched ahead from its third letter on.
 */
export function wordsToPreload(query: string): string[] {
	return meaningfulWords(query).filter((word) => word.length >= 3);
}
