import createHyphenator, { type HyphenationFunctionSync } from 'hyphen';
import dutchPatterns from 'hyphen/patterns/nl.js';

/** Vowels, with "ij" read as one; a letter with a diaeresis (ë, ï, ö, ü, ä) always starts a new syllable. */
const vowelGroups = /(?:ij|[aeiouyáéíóúàèìòùâêîôû])+|[äëïöü](?:[aeiouyáéíóúàèìòùâêîôû])*/gu;

/**
 * Counts the syllables of Dutch words. The hyphenation patterns of TeX (npm `hyphen`) mark where a
 * word may be broken, which is nearly always between two syllables; but they never break off a
 * single letter at either end (lefthyphenmin and righthyphenmin are 2), so "over", "idee" and
 * "open" have no break at all. A word therefore counts as the larger of its hyphenation points + 1
 * and its groups of vowels. Each counter remembers the words it has seen: a handbook repeats them.
 */
export function syllableCounter(): (word: string) => number {
	// Without `async: true` the function is synchronous; the types cannot tell from the options.
	const hyphenate = createHyphenator(dutchPatterns, { hyphenChar: '-', minWordLength: 5 }) as HyphenationFunctionSync;
	const known = new Map<string, number>();
	return (word) => {
		const lower = word.toLowerCase();
		let count = known.get(lower);
		if (count === undefined) {
			// Parts joined by a hyphen or an apostrophe (e-mail, collega’s) are counted apart; "’s" has no vowel and adds nothing.
			count = Math.max(1, lower.split(/[-‐'’]/).reduce((sum, part) => sum + syllablesOfPart(part, hyphenate), 0));
			known.set(lower, count);
		}
		return count;
	};
}

function syllablesOfPart(part: string, hyphenate: (text: string) => string): number {
	// A number is read out loud: count a syllable per digit, a rough but steady cost.
	if (/^\d/.test(part)) return part.replace(/\D/g, '').length || 1;
	const groups = part.match(vowelGroups)?.length ?? 0;
	if (groups === 0) return 0;
	return Math.max(hyphenate(part).split('-').length, groups);
}
