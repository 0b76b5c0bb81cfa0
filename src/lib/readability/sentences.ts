/**
 * Sentences and words of Dutch prose. A sentence ends at . ! ? or … before a capital, a digit or an
 * opening quote, except after a known abbreviation ("bijv. Bureau Integriteit"); a block of text
 * (a paragraph, a list item) always ends one.
 */

/** Abbreviations after which a full stop does not end the sentence, in lower case without the last dot. */
const abbreviations = new Set([
	'bijv', 'bv', 'b.v', 'o.a', 'd.w.z', 'm.a.w', 'enz', 'etc', 'nr', 'art', 'blz', 'p', 'z.s.m', 'i.p.v', 't.a.v', 'n.a.v', 'm.b.t', 'i.v.m',
	'incl', 'excl', 'ca', 'vgl', 'jl', 'mr', 'dr', 'drs', 'ir', 'prof', 'ing', 'e.d', 'e.a', 'resp', 'zgn', 'z.g', 'evt', 'min', 'max', 'mevr', 'dhr',
]);

const sentenceEnd = /([.!?…]+)(["”’)\]]*)\s+(?=["“„‘(]?[\p{Lu}\d])/gu;

export function splitSentences(block: string): string[] {
	const text = block.replace(/\s+/g, ' ').trim();
	const sentences: string[] = [];
	let start = 0;
	for (const match of text.matchAll(sentenceEnd)) {
		const end = match.index + match[1]!.length + match[2]!.length;
		if (match[1] === '.' && match[2] === '' && abbreviations.has(lastToken(text.slice(start, match.index)))) continue;
		sentences.push(text.slice(start, end));
		start = match.index + match[0].length;
	}
	if (start < text.length) sentences.push(text.slice(start));
	return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

const lastToken = (text: string) => (text.match(/[\p{L}.]+$/u)?.[0] ?? '').toLowerCase();

/**
 * Words: a number with its separators (2.400, 1,5), an abbreviation (o.a, d.w.z), or letters and
 * digits with the hyphens and apostrophes inside them (e-mail, collega’s, 50-70).
 */
const word = /\d+(?:[.,]\d+)+|(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

export const wordsOf = (sentence: string): string[] => sentence.match(word) ?? [];
