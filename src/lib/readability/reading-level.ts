/**
 * The Flesch-Douma reading ease (W.H. Douma, 1960), Flesch's formula fitted to Dutch, and the
 * reading level a score stands for. Douma's own table ties a score to a level of schooling; the
 * Dutch reference levels of language (Meijerink, 2008) tie schooling to 1F–4F, and those are
 * commonly set beside the European levels (1F ≈ A2, 2F ≈ B1, 3F ≈ B2, 4F ≈ C1). The levels below
 * follow that chain, so they are an estimate of the level, not a test of it.
 */

export interface ReadingEaseCounts {
	words: number;
	sentences: number;
	syllables: number;
}

/** 206,84 − 0,77 × syllables per 100 words − 0,93 × words per sentence. Higher is easier. */
export function fleschDouma({ words, sentences, syllables }: ReadingEaseCounts): number {
	if (words === 0 || sentences === 0) return Number.NaN;
	return 206.84 - 0.77 * ((100 * syllables) / words) - 0.93 * (words / sentences);
}

export const readingLevels = ['A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type ReadingLevel = (typeof readingLevels)[number];

/** From easy to hard: the lowest score of each level, and the schooling Douma's table gives for it. */
export const levelBands: readonly { level: ReadingLevel; from: number; schooling: string }[] = [
	{ level: 'A2', from: 70, schooling: 'groep 8 van de basisschool of lager (1F)' },
	{ level: 'B1', from: 60, schooling: 'lager middelbaar onderwijs, zoals vmbo of mbo 2-3 (2F)' },
	{ level: 'B2', from: 50, schooling: 'hoger middelbaar onderwijs, zoals havo of mbo 4 (3F)' },
	{ level: 'C1', from: 30, schooling: 'hbo of universiteit, studenten (4F)' },
	{ level: 'C2', from: Number.NEGATIVE_INFINITY, schooling: 'academici' },
];

/** The handbook writes for B1: what most adults read with ease, also in a second language. */
export const aimLevel: ReadingLevel = 'B1';

/** The aim as the advice names it, in `npm run check`, `npm run leesbaarheid` and the proposal form. */
export const aimNote = `het doel is taalniveau ${aimLevel}`;

export const levelOf = (score: number): ReadingLevel => levelBands.find((band) => score >= band.from)!.level;

/** Whether a level is as easy as the aim or easier. */
export const reachesAim = (level: ReadingLevel): boolean => readingLevels.indexOf(level) <= readingLevels.indexOf(aimLevel);
