import type { JargonEntry } from '../../schemas/jargon.ts';
import { jargonIn, jargonLookup, type JargonFound } from './jargon.ts';
import { passiveIn } from './passive.ts';
import { fleschDouma, levelOf, type ReadingLevel } from './reading-level.ts';
import { splitSentences, wordsOf } from './sentences.ts';
import { syllableCounter } from './syllables.ts';

/** One block of text as a reader sees it (a paragraph, a list item), and whether it is quoted word for word from a source. */
export interface TextPart {
	text: string;
	verbatim?: boolean;
	/**
	 * Whether a sentence mostly between quotation marks quotes a source, as on the handbook's own
	 * pages (“Bij WPI staat de Amsterdammer centraal.”). In a team's contribution a quotation is what
	 * someone said in an example, and counts as the team's own text.
	 */
	quotesSources?: boolean;
}

export interface MeasuredSentence {
	text: string;
	words: number;
	syllables: number;
	/** The sentence's own Flesch-Douma score: lower is harder. */
	score: number;
	/** Quoted from a source: measured, never advised to be rewritten. */
	verbatim: boolean;
	longWords: string[];
	/** The auxiliary and participle of a passive ("wordt … besproken"), found by a heuristic. */
	passive?: string;
	jargon: JargonFound[];
}

/** What plain-language editors look at. */
export const limits = {
	/** A sentence with more words than this is long. */
	sentenceWords: 20,
	/** A word of at least this many syllables is long … */
	wordSyllables: 5,
	/** … and so is a word of at least this many letters. */
	wordLetters: 15,
	/** Below this many words a score says little; the level is shown as a rough estimate. */
	wordsForLevel: 30,
};

export interface TextSummary {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch-Douma over all sentences; undefined without any. */
	score?: number;
	level?: ReadingLevel;
	/** Fewer words than `limits.wordsForLevel`: the level is a rough estimate. */
	short: boolean;
}

/**
 * Measures Dutch text: sentences, their Flesch-Douma score and the signals plain-language editors
 * use (long sentences, long words, passive voice, words from the jargon list). One meter counts the
 * syllables of each word once, however many texts it measures.
 */
export function readabilityMeter(jargon: readonly JargonEntry[] = []) {
	const syllables = syllableCounter();
	const lookup = jargonLookup(jargon);

	function measureSentence(text: string, { verbatim = false, quotesSources = false }: TextPart): MeasuredSentence {
		// A reference in brackets (Plan van Aanpak I&D, §2.4.1) tells where a fact comes from; it is not read as part of the sentence.
		const read = text.replace(/\s*\([^()]*§[^()]*\)/g, '');
		const words = wordsOf(read);
		const counts = words.map(syllables);
		const total = counts.reduce((sum, count) => sum + count, 0);
		return {
			text,
			words: words.length,
			syllables: total,
			score: fleschDouma({ words: words.length, sentences: 1, syllables: total }),
			verbatim: verbatim || (quotesSources && isMostlyQuoted(text)),
			longWords: [...new Set(words.filter((word, index) => counts[index]! >= limits.wordSyllables || [...word].length >= limits.wordLetters))],
			passive: passiveIn(read, words),
			jargon: jargonIn(words, lookup),
		};
	}

	return {
		sentences: (parts: readonly TextPart[]): MeasuredSentence[] =>
			parts.flatMap((part) => splitSentences(part.text).map((sentence) => measureSentence(sentence, part))),
	};
}

export type ReadabilityMeter = ReturnType<typeof readabilityMeter>;

/** The score and level of a set of sentences taken together. */
export function summarise(sentences: readonly MeasuredSentence[]): TextSummary {
	const counts = {
		words: sentences.reduce((sum, sentence) => sum + sentence.words, 0),
		sentences: sentences.length,
		syllables: sentences.reduce((sum, sentence) => sum + sentence.syllables, 0),
	};
	const score = counts.words > 0 ? fleschDouma(counts) : undefined;
	return { ...counts, score, level: score === undefined ? undefined : levelOf(score), short: counts.words < limits.wordsForLevel };
}

/** The signals a sentence gives, as one count: what a writer can change. */
export const signalCount = (sentence: MeasuredSentence): number =>
	(sentence.words > limits.sentenceWords ? 1 : 0) + sentence.longWords.length + (sentence.passive ? 1 : 0) + sentence.jargon.length;

/**
 * The writer's own sentences (never the verbatim ones), hardest first. The Flesch-Douma penalty of
 * a text is a sum over its sentences (each adds 77 × its syllables / all words and 0,93 × its
 * words / all sentences), so the hardest sentence is the one that costs the text the most points:
 * long, with long words. A short sentence of long words costs little, however low its own score.
 */
export function hardestSentences(sentences: readonly MeasuredSentence[], count: number): MeasuredSentence[] {
	const own = sentences.filter((sentence) => !sentence.verbatim);
	const words = own.reduce((sum, sentence) => sum + sentence.words, 0);
	const cost = (sentence: MeasuredSentence) => (77 * sentence.syllables) / words + (0.93 * sentence.words) / own.length;
	// Not toSorted: desk PCs may run a browser from before 2023.
	return own.sort((a, b) => cost(b) - cost(a) || signalCount(b) - signalCount(a)).slice(0, count);
}

/**
 * A sentence that is mostly a quotation (at least half of its words between double quotes) is the
 * source's wording, not the writer's: “Bij WPI staat de Amsterdammer centraal.”
 */
function isMostlyQuoted(sentence: string): boolean {
	const quoted = [...sentence.matchAll(/[“„"]([^”"“]+)[”"]/g)].reduce((sum, [, inner]) => sum + wordsOf(inner!).length, 0);
	return quoted > 0 && quoted * 2 >= wordsOf(sentence).length;
}
