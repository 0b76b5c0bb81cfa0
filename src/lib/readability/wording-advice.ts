import type { JargonEntry } from '../../schemas/jargon.ts';
import { describeLevel, hardestShown, jargonUsed, signalsOf } from './advice.ts';
import { hardestSentences, limits, readabilityMeter, summarise, type TextSummary } from './measure.ts';
import { proseOf } from './prose.ts';
import { aimLevel, reachesAim } from './reading-level.ts';

export interface WordingAdvice {
	/** One short line for a polite live region: the level and how many tips, nothing more. */
	summary: string;
	/** The hardest sentences, each with what to change (possibly nothing) but the jargon, which is listed once below. */
	sentences: { text: string; signals: string[] }[];
	/** Words of the jargon list anywhere in the text, with what to write instead. */
	jargon: string[];
}

/**
 * The advice the proposal form shows beside the wording, the same the check gives a contribution:
 * its level and its hardest sentences. Made once per page; the meter remembers words it counted.
 */
export function wordingAdvisor(jargon: readonly JargonEntry[]): (wording: string) => WordingAdvice {
	const meter = readabilityMeter(jargon);
	return (wording) => {
		const sentences = meter.sentences(proseOf(wording));
		const summary = summarise(sentences);
		const hardest = hardestSentences(sentences, hardestShown).map((sentence) => ({ text: sentence.text, signals: signalsOf(sentence, { jargon: false }) }));
		const jargon = jargonUsed(sentences);
		const tips = hardest.reduce((sum, sentence) => sum + sentence.signals.length, jargon.length);
		return { summary: summaryLine(summary, tips), sentences: hardest, jargon };
	};
}

function summaryLine(summary: TextSummary, tips: number): string {
	if (!summary.level) return '';
	const tipCount = tips === 0 ? 'Geen tips.' : tips === 1 ? '1 tip hieronder.' : `${tips} tips hieronder.`;
	if (summary.short) return `Schrijf verder: vanaf ${limits.wordsForLevel} woorden zie je hier het leesniveau. ${tipCount}`;
	const verdict = reachesAim(summary.level) ? `Dat haalt het doel, ${aimLevel}.` : `Het doel is ${aimLevel}.`;
	return `Leesniveau ${describeLevel(summary)}. ${verdict} ${tipCount}`;
}
