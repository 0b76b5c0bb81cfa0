import type { JargonEntry } from '../../schemas/jargon.ts';
import { wordsOf } from './sentences.ts';

export interface JargonFound {
	/** As the list names it: faciliteren. */
	word: string;
	/** As the sentence has it: gefaciliteerd. */
	found: string;
	instead: string;
}

/** A word list ready to be looked up: each form as lower-case words. */
export type JargonLookup = { words: string[]; entry: JargonEntry }[];

export const jargonLookup = (entries: readonly JargonEntry[]): JargonLookup =>
	entries.flatMap((entry) => [entry.word, ...entry.forms].map((form) => ({ words: wordsOf(form.toLowerCase()), entry })));

/** The words of the list that a sentence uses, once each, in the order the list has them. */
export function jargonIn(sentenceWords: readonly string[], lookup: JargonLookup): JargonFound[] {
	const lower = sentenceWords.map((word) => word.toLowerCase());
	const found = new Map<JargonEntry, JargonFound>();
	for (const { words, entry } of lookup) {
		if (found.has(entry) || words.length === 0) continue;
		const at = lower.findIndex((_, start) => words.every((word, offset) => lower[start + offset] === word));
		if (at >= 0) found.set(entry, { word: entry.word, found: sentenceWords.slice(at, at + words.length).join(' '), instead: entry.instead });
	}
	return [...found.values()];
}
