import type { JargonEntry } from '../../schemas/jargon.ts';
import { wordsOf } from './sentences.ts';

export interface JargonFound {
	/** As the list names it: faciliteren. */
	word: string;
	/** As the sentence has it: gefaciliteerd. */
	found: string;
	instead: string;
}

/** A word list ready to be looked up: each form as lower-case words, by its first word, longest first. */
export type JargonLookup = Map<string, { words: string[]; entry: JargonEntry }[]>;

export function jargonLookup(entries: readonly JargonEntry[]): JargonLookup {
	const lookup: JargonLookup = new Map();
	for (const entry of entries) {
		for (const form of [entry.word, ...entry.forms]) {
			const words = wordsOf(form.toLowerCase());
			if (words.length > 0) lookup.set(words[0]!, [...(lookup.get(words[0]!) ?? []), { words, entry }].sort((a, b) => b.words.length - a.words.length));
		}
	}
	return lookup;
}

/**
 * The words of the list that a sentence uses, once each, in the order the sentence has them. The
 * longest form wins, and its words count only once: "in het kader van" is not also "kader".
 */
export function jargonIn(sentenceWords: readonly string[], lookup: JargonLookup): JargonFound[] {
	const lower = sentenceWords.map((word) => word.toLowerCase());
	const found = new Map<JargonEntry, JargonFound>();
	for (let start = 0; start < lower.length; start++) {
		const match = (lookup.get(lower[start]!) ?? []).find(({ words }) => words.every((part, offset) => lower[start + offset] === part));
		if (!match) continue;
		if (!found.has(match.entry)) found.set(match.entry, { word: match.entry.word, found: sentenceWords.slice(start, start + match.words.length).join(' '), instead: match.entry.instead });
		start += match.words.length - 1;
	}
	return [...found.values()];
}
