import { describe, expect, test } from 'vitest';
import { buildReferenceAgain, medianBuild, referenceRepeatedBelowSeconds } from '../../scripts/bench/repeated-builds.ts';
import type { MeasuredRun } from '../../scripts/bench/measure-command.ts';

const build = (seconds: number, peakBytes: number | null = 100, otherLoad: number | null = 0.01): MeasuredRun => ({ exitCode: 0, seconds, peakBytes, samples: 10, otherLoad });

describe('the median of repeated builds', () => {
	test('takes the time of the middle build, and the highest peak and load of all', () => {
		const { build: median, index } = medianBuild([build(43.2, 900), build(33.3, 950, 0.05), build(38.4, 920)]);
		expect(median.seconds).toBe(38.4);
		expect(index).toBe(2);
		expect(median.peakBytes).toBe(950);
		expect(median.otherLoad).toBe(0.05);
		expect(median.samples).toBe(30);
	});

	test('of an even number, the faster of the two in the middle: a build that ran', () => {
		expect(medianBuild([build(40), build(30), build(35), build(50)])).toMatchObject({ build: { seconds: 35 }, index: 2 });
	});

	test('one build is itself; without /proc there is no peak or load', () => {
		expect(medianBuild([build(12.5, null, null)])).toEqual({ build: build(12.5, null, null), index: 0 });
		expect(medianBuild([build(12.5), build(13, null, null)]).build.peakBytes).toBeNull();
		expect(() => medianBuild([])).toThrow(/Geen bouw/);
	});

	test('Starlight’s default site is built as often as ours while one build of it is quick, else once', () => {
		const quick = build(33);
		expect(buildReferenceAgain([quick], 3)).toBe(true);
		expect(buildReferenceAgain([quick, build(40)], 3)).toBe(true);
		expect(buildReferenceAgain([quick, build(40), build(35)], 3)).toBe(false);
		// At 5,000 interpretations one build takes minutes: once.
		expect(buildReferenceAgain([build(referenceRepeatedBelowSeconds + 1)], 3)).toBe(false);
		expect(buildReferenceAgain([quick], 1)).toBe(false);
		expect(buildReferenceAgain([], 3)).toBe(false);
	});
});
