import type { JargonEntry } from '../../schemas/jargon.ts';
import { wordsOf } from './sentences.ts';

export interface JargonFound {
	/** As the list names it: faciliteren. */
	word: string;
	/** As the sentence has it: gefaciliteerd. */
	found: string;
	instead: string;
}

/** A word list ready to be looked up: each form as lower-case words, by its first word. */
export type JargonLookup = Map<string, { words: string[]; entry: JargonEntry }[]>;

export function jargonLookup(entries: readonly JargonEntry[]): JargonLookup {
	const lookup: JargonLookup = new Map();
	for (const entry of entries) {
		for (const form of [entry.word, ...entry.forms]) {
			const words = wordsOf(form.toLowerCase());
			if (words.length > 0) lookup.set(words[0]!, [...(lookup.get(words[0]!) ?? []), { words, entry }]);
		}
	}
	return lookup;
}

/** The words of the list that a sentence uses, once each, in the order the sentence has them. */
export function jargonIn(sentenceWords: readonly string[], lookup: JargonLookup): JargonFound[] {
	const lower = sentenceWords.map((word) => word.toLowerCase());
	const found = new Map<JargonEntry, JargonFound>();
	for (const [start, word] of lower.entries()) {
		for (const { words, entry } of lookup.get(word) ?? []) {
			if (found.has(entry) || !words.every((part, offset) => lower[start + offset] === part)) continue;
			found.set(entry, { word: entry.word, found: sentenceWords.slice(start, start + words.length).join(' '), instead: entry.instead });
		}
	}
	return [...found.values()];
}
