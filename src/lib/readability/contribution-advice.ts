import type { Entry, Handbook } from '../content/load-handbook.ts';
import type { Interpretation } from '../../schemas/interpretation.ts';
import type { JargonEntry } from '../../schemas/jargon.ts';
import { aimNote, describeLevel, describeSentence, hardestShown } from './advice.ts';
import { contributionPage } from './handbook-pages.ts';
import { hardestSentences, readabilityMeter, summarise } from './measure.ts';

/** The advice on one contribution: worked out (`work`), or remembered from an earlier run (check-cache.ts). */
export type AdviceOf = (interpretation: Entry<Interpretation>, work: () => string[]) => string[];

/**
 * For `npm run check`: per contribution (each interpretation file) the level it reaches and its
 * hardest sentences with what to change. Advice, never an error.
 */
export function contributionAdvice(handbook: Handbook, jargon: readonly JargonEntry[], adviceOf: AdviceOf = (_, work) => work()): string {
	if (handbook.interpretations.size === 0) return '';
	let meter: ReturnType<typeof readabilityMeter> | undefined;
	const lines = [...handbook.interpretations.values()].flatMap((interpretation) =>
		adviceOf(interpretation, () => {
			const contribution = contributionPage(interpretation);
			const sentences = (meter ??= readabilityMeter(jargon)).sentences(contribution.parts);
			return [
				`- ${contribution.file}: ${describeLevel(summarise(sentences))}`,
				...hardestSentences(sentences, hardestShown).map((sentence) => `    ${describeSentence(sentence)}`),
			];
		}),
	);
	return [`Leesbaarheid van de afspraken van teams en MT’s (advies, geen fout; ${aimNote}):`, ...lines].join('\n');
}
