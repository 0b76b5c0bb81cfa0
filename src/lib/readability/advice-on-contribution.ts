import type { Entry } from '../content/load-handbook.ts';
import type { Interpretation } from '../../schemas/interpretation.ts';
import type { JargonEntry } from '../../schemas/jargon.ts';
import { describeLevel, describeSentence, hardestShown } from './advice.ts';
import type { ContributionAdvice } from './contribution-advice.ts';
import { contributionPage } from './handbook-pages.ts';
import { hardestSentences, readabilityMeter, summarise } from './measure.ts';

/**
 * How the advice on one contribution is worked out: the level it reaches and its hardest
 * sentences with what to change. One meter for all of them: it remembers the words it has seen.
 * Loaded by contribution-advice.ts only for a contribution whose advice is not remembered: the
 * meter brings the Dutch hyphenation patterns (~35 ms to load).
 */
export function contributionAdviser(jargon: readonly JargonEntry[]): (interpretation: Entry<Interpretation>) => ContributionAdvice {
	const meter = readabilityMeter(jargon);
	return (interpretation) => {
		const contribution = contributionPage(interpretation);
		const sentences = meter.sentences(contribution.parts);
		const summary = summarise(sentences);
		return {
			level: summary.level,
			lines: [`- ${contribution.file}: ${describeLevel(summary)}`, ...hardestSentences(sentences, hardestShown).map((sentence) => `    ${describeSentence(sentence)}`)],
		};
	};
}
