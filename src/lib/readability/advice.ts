import type { JargonFound } from './jargon.ts';
import { limits, type MeasuredSentence, type TextSummary } from './measure.ts';

/**
 * The meter's findings in plain Dutch, the same words in `npm run check`, `npm run leesbaarheid`
 * and the proposal form.
 */

/** "B1 (Flesch-Douma 64)"; for a short text, that the level is a rough estimate. */
export function describeLevel(summary: TextSummary): string {
	if (summary.score === undefined || !summary.level) return 'geen tekst om te meten';
	// Rounded down, so the number shown is never in the band above the level shown (59,6 is B2).
	const score = `Flesch-Douma ${Math.floor(summary.score)}`;
	return `${summary.level} (${summary.short ? `${score}; ruwe schatting, minder dan ${limits.wordsForLevel} woorden` : score})`;
}

/** What a writer can change in a sentence, one phrase per signal; the words from the jargon list last, unless left out. */
export function signalsOf(sentence: MeasuredSentence, { jargon = true }: { jargon?: boolean } = {}): string[] {
	return [
		...(sentence.words > limits.sentenceWords ? [`lange zin: maak er twee zinnen van`] : []),
		...(sentence.longWords.length > 0 ? [`${sentence.longWords.length === 1 ? 'lang woord' : 'lange woorden'}: ${sentence.longWords.join(', ')}`] : []),
		...(sentence.passive ? [`lijdende vorm (${sentence.passive}): zeg wie het doet`] : []),
		...(jargon ? sentence.jargon.map(describeJargon) : []),
	];
}

/** „faciliteren”: liever mogelijk maken, helpen */
export const describeJargon = ({ found, instead }: JargonFound): string => `„${found}”: liever ${instead}`;

/** Every word of the jargon list the sentences use, once each. */
export const jargonUsed = (sentences: readonly MeasuredSentence[]): string[] => [...new Set(sentences.flatMap((sentence) => sentence.jargon.map(describeJargon)))];

/** A sentence with what to change: „…” (27 woorden; lange zin: …). */
export function describeSentence(sentence: MeasuredSentence): string {
	return `„${sentence.text}” (${[`${sentence.words} woorden`, ...signalsOf(sentence)].join('; ')})`;
}

/** How many of a text's hardest sentences the advice shows, in the check, the report and the form. */
export const hardestShown = 3;
