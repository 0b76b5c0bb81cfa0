import type { MeasuredRun } from './measure-command.ts';

/**
 * Several builds of the same kind as one measurement: the time of the median build (of an even
 * number, the faster of the two in the middle: always a build that ran, so its phases fit its time),
 * with the highest peak of memory and the highest share of others' CPU of any of them, so a repeat
 * never hides a peak or a busy machine. `index` says which build gave the time.
 */
export function medianBuild(builds: MeasuredRun[]): { build: MeasuredRun; index: number } {
	if (builds.length === 0) throw new Error('Geen bouw om de mediaan van te nemen.');
	const bySeconds = builds.map((build, index) => ({ build, index })).sort((a, b) => a.build.seconds - b.build.seconds);
	const { build, index } = bySeconds[Math.floor((builds.length - 1) / 2)]!;
	const highest = (values: (number | null)[]) => (values.some((value) => value === null) ? null : Math.max(...(values as number[])));
	return {
		build: {
			...build,
			peakBytes: highest(builds.map((run) => run.peakBytes)),
			otherLoad: highest(builds.map((run) => run.otherLoad)),
			samples: builds.reduce((sum, run) => sum + run.samples, 0),
		},
		index,
	};
}

/**
 * Starlight's default site is the reference of every speed target, so one slow or quick build of it
 * moves each ratio (at 1,000 interpretations one run measured 39.9 s, the next 32.8 s, with the same
 * code). It is built as often as ours, and taken at the median, where one build of it takes under
 * this; at 5,000 interpretations it takes some 8 minutes and is built once.
 */
export const referenceRepeatedBelowSeconds = 120;

/** Whether to build the reference again: fewer than `repeats` builds so far, and its first one quick enough. */
export function buildReferenceAgain(builds: MeasuredRun[], repeats: number): boolean {
	return builds.length > 0 && builds.length < repeats && builds[0]!.seconds < referenceRepeatedBelowSeconds;
}
