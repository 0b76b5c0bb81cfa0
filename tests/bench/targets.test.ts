import { describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/bench/results.ts';
import { evaluateTargets, limits, sizeRoles } from '../../scripts/bench/targets.ts';

const mib = 1024 ** 2;

/** A build that meets every target; a test changes what it is about. */
function build(site: BuildResult['site'], interpretations: number, change: Partial<BuildResult> = {}): BuildResult {
	const pages = interpretations + 80;
	const seconds = site === 'ours' ? pages / 100 : pages / 5;
	return {
		site,
		interpretations,
		versions: 0,
		seconds,
		pages,
		pagesPerSecond: pages / seconds,
		peakBytes: 800 * mib,
		otherLoad: 0,
		largestPage: { path: 'interpretaties/index.html', bytes: 80_000 },
		medianPageBytes: 30_000,
		totalBytes: pages * 40_000,
		firstView: { home: 20_000, rule: 25_000, interpretation: 22_000 },
		firstSearch: { query: 'pesten', pagefindBytes: 90_000, allBytes: 120_000, milliseconds: 250, results: 8 },
		checkSeconds: site === 'ours' ? 2 : null,
		...change,
	};
}

function fullRun(change: (results: BuildResult[]) => void = () => {}): BuildResult[] {
	const results = [100, 1_000, 5_000].flatMap((size) => [build('ours', size), build('plain', size)]);
	const single = results.find((result) => result.site === 'ours' && result.interpretations === 5_000)!;
	// The first build with three versions builds four editions; the next one, after a change to the working version, reuses three.
	results.push(build('ours', 5_000, { versions: 3, seconds: single.seconds * 4, pages: single.pages * 4, pagesPerSecond: 1 / single.seconds }));
	results.push(build('ours', 5_000, { versions: 3, rebuild: true, seconds: single.seconds * 1.8, pages: single.pages * 4, pagesPerSecond: (single.pages * 4) / (single.seconds * 1.8) }));
	change(results);
	return results;
}

const ours = (results: BuildResult[], size: number, versions = 0, rebuild = false) =>
	results.find((result) => result.site === 'ours' && result.interpretations === size && result.versions === versions && (result.rebuild ?? false) === rebuild)!;
const verdicts = (results: BuildResult[], sizes = [100, 1_000, 5_000], versions = 3) => evaluateTargets(results, sizes, versions).map((outcome) => outcome.met);
/** The verdict of the one target whose description matches. */
const verdictOf = (results: BuildResult[], about: RegExp) => evaluateTargets(results, [100, 1_000, 5_000], 3).find((outcome) => about.test(outcome.target))!;

describe('the targets of the benchmark', () => {
	test('a run that meets every target is judged so, target by target', () => {
		const outcomes = evaluateTargets(fullRun(), [100, 1_000, 5_000], 3);
		expect(outcomes.length).toBeGreaterThanOrEqual(10);
		expect(outcomes.filter((outcome) => outcome.met !== true)).toEqual([]);
	});

	test.each([
		[/≥ 10×.*bij 5\.000/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { pagesPerSecond: 45 })],
		[/≥ 2×.*bij 1\.000/, (results: BuildResult[]) => Object.assign(ours(results, 1_000), { pagesPerSecond: 9 })],
		[/per pagina/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { seconds: ours(results, 5_000).seconds * (limits.costPerPageGrowth + 0.1) })],
		[/piekgeheugen/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { peakBytes: 1.3 * 1024 ** 3 })],
		[/versies: bouwtijd/, (results: BuildResult[]) => Object.assign(ours(results, 5_000, 3, true), { seconds: ours(results, 5_000).seconds * 2.5 })],
		[/versies: bouwtijd/, (results: BuildResult[]) => Object.assign(ours(results, 5_000, 3, true), { peakBytes: 2 * 1024 ** 3 })],
		[/grootste pagina/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { largestPage: { path: 'interpretaties/index.html', bytes: 2_000_000 } })],
		[/≤ 30,0 KB gz/, (results: BuildResult[]) => Object.assign(ours(results, 1_000), { firstView: { home: 20_000, rule: 31_000, interpretation: 22_000 } })],
		[/% verschillend/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { firstView: { home: 20_000, rule: 25_000 * 1.06, interpretation: 22_000 } })],
		[/eerste zoekopdracht/, (results: BuildResult[]) => Object.assign(ours(results, 100), { firstSearch: { query: 'pesten', pagefindBytes: 90_000, allBytes: 120_000, milliseconds: 420, results: 8 } })],
		[/eerste zoekopdracht/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { firstSearch: { query: 'pesten', pagefindBytes: 140_000, allBytes: 160_000, milliseconds: 200, results: 8 } })],
		[/npm run check/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { checkSeconds: 6.5 })],
	])('a run that misses %s fails that target and no other', (about, miss) => {
		const results = fullRun(miss);
		expect(verdictOf(results, about).met).toBe(false);
		expect(verdicts(results).filter((met) => met === false)).toHaveLength(1);
	});

	test('the versions are judged by the build after a change to the working version, not by the first build of them all', () => {
		const results = fullRun();
		expect(ours(results, 5_000, 3).seconds / ours(results, 5_000).seconds).toBe(4);
		expect(verdictOf(results, /versies: bouwtijd/)).toMatchObject({ met: true, measured: expect.stringContaining('de eerste bouw met alle versies') });
		const withoutRebuild = results.filter((result) => !result.rebuild);
		expect(verdictOf(withoutRebuild, /versies: bouwtijd/).met).toBeNull();
	});

	test('a smaller page at 5,000 than at 100 counts as a difference too', () => {
		const results = fullRun((all) => Object.assign(ours(all, 5_000), { firstView: { home: 18_000, rule: 25_000, interpretation: 22_000 } }));
		expect(verdictOf(results, /% verschillend/).met).toBe(false);
	});

	test('what a run did not measure is not judged', () => {
		const withoutPlain = fullRun().filter((result) => result.site === 'ours' && result.versions === 0);
		const outcomes = evaluateTargets(withoutPlain, [100, 1_000, 5_000], 0);
		expect(outcomes.filter((outcome) => /kale Starlight|versies/.test(outcome.target)).map((outcome) => outcome.met)).toEqual([null, null, null]);
		expect(outcomes.find((outcome) => /npm run check/.test(outcome.target))!.met).toBe(true);
		const noBrowser = fullRun((all) => Object.assign(ours(all, 1_000), { firstSearch: null }));
		expect(verdictOf(noBrowser, /eerste zoekopdracht/).met).toBeNull();
	});

	test('a run with other sizes judges its largest for 5,000 and says so', () => {
		expect(sizeRoles([100, 30])).toEqual({ large: 100, middle: 30, small: 30 });
		expect(sizeRoles([1_000])).toEqual({ large: 1_000, middle: undefined, small: undefined });
		const results = [30, 100].flatMap((size) => [build('ours', size), build('plain', size)]);
		const outcomes = evaluateTargets(results, [30, 100], 0);
		expect(outcomes.find((outcome) => /≥ 10×/.test(outcome.target))!.target).toContain('bij 100 (in plaats van 5.000)');
		expect(outcomes.find((outcome) => /≥ 10×/.test(outcome.target))!.met).toBe(true);
	});
});
