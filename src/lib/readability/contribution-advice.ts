import type { Handbook } from '../content/load-handbook.ts';
import type { JargonEntry } from '../../schemas/jargon.ts';
import { aimNote, describeLevel, describeSentence, hardestShown } from './advice.ts';
import { contributionPages } from './handbook-pages.ts';
import { hardestSentences, readabilityMeter, summarise } from './measure.ts';

/**
 * For `npm run check`: per contribution (each interpretation file) the level it reaches and its
 * hardest sentences with what to change. Advice, never an error.
 */
export function contributionAdvice(handbook: Handbook, jargon: readonly JargonEntry[]): string {
	const meter = readabilityMeter(jargon);
	const contributions = contributionPages(handbook);
	if (contributions.length === 0) return '';
	const lines = contributions.flatMap((contribution) => {
		const sentences = meter.sentences(contribution.parts);
		return [
			`- ${contribution.file}: ${describeLevel(summarise(sentences))}`,
			...hardestSentences(sentences, hardestShown).map((sentence) => `    ${describeSentence(sentence)}`),
		];
	});
	return [`Leesbaarheid van de afspraken van teams en MT’s (advies, geen fout; ${aimNote}):`, ...lines].join('\n');
}
