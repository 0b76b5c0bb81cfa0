import type { Entry, Handbook } from '../content/load-handbook.ts';
import type { Interpretation } from '../../schemas/interpretation.ts';
import type { JargonEntry } from '../../schemas/jargon.ts';
import { countOf } from '../count-of.ts';
import { aimLevel, aimNote, reachesAim, type ReadingLevel } from './reading-level.ts';

/** The advice on one contribution: the level it reaches (none without text) and the lines that say so and what to change. */
export interface ContributionAdvice {
	level?: ReadingLevel;
	lines: string[];
}

/** The advice on contributions as remembered from an earlier run, for the same text (check-cache.ts). */
export interface RememberedAdvice {
	get(interpretation: Entry<Interpretation>): ContributionAdvice | undefined;
	set(interpretation: Entry<Interpretation>, advice: ContributionAdvice): void;
}

/**
 * Up to this many contributions each gets its advice. Above it, only those that miss the aim are
 * listed, this many at most, with a count of the rest: at 5,000 interpretations the advice on
 * every file was 20,000 lines, in which no author found their own.
 */
export const adviceListed = 20;

/**
 * For `npm run check`: per contribution (each interpretation file) the level it reaches and its
 * hardest sentences with what to change. Advice, never an error. What is `remembered` is not
 * worked out again; the meter is loaded only when some advice is not.
 */
export async function contributionAdvice(handbook: Handbook, jargon: readonly JargonEntry[], remembered?: RememberedAdvice): Promise<string> {
	if (handbook.interpretations.size === 0) return '';
	const interpretations = [...handbook.interpretations.values()];
	const found = interpretations.map((interpretation) => remembered?.get(interpretation));
	const adviceOn = found.includes(undefined) ? (await import('./advice-on-contribution.ts')).contributionAdviser(jargon) : undefined;
	const advice = interpretations.map((interpretation, index) => {
		const known = found[index];
		if (known) return known;
		const worked = adviceOn!(interpretation);
		remembered?.set(interpretation, worked);
		return worked;
	});
	const heading = `Leesbaarheid van de afspraken van teams en MT’s (advies, geen fout; ${aimNote}):`;
	if (advice.length <= adviceListed) return [heading, ...advice.flatMap((one) => one.lines)].join('\n');
	const missing = advice.filter((one) => one.level !== undefined && !reachesAim(one.level));
	const listed = missing.slice(0, adviceListed);
	const all = countOf(advice.length, 'afspraak', 'afspraken');
	const count =
		missing.length === 0
			? `Alle ${all} halen ${aimLevel} of makkelijker.`
			: `${advice.length - missing.length} van de ${all} halen ${aimLevel} of makkelijker; ${countOf(missing.length, 'haalt', 'halen')} het niet (${listed.length === missing.length ? 'hierboven' : `hierboven de eerste ${listed.length}`}).`;
	return [heading, ...listed.flatMap((one) => one.lines), count, 'Het advies bij elke afspraak, met de moeilijkste zinnen: npm run leesbaarheid -- <map of bestand>.'].join('\n');
}
