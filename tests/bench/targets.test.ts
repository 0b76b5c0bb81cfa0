import { describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/bench/results.ts';
import { evaluateTargets, sizeRoles } from '../../scripts/bench/targets.ts';
import { formatNumber } from '../../scripts/bench/format.ts';
import { build, fullRun, ours } from './fixtures.ts';

const sizes = [100, 1_000, 5_000];
const verdicts = (results: BuildResult[]) => evaluateTargets(results, sizes).map((outcome) => outcome.met);
/** The verdict of the one target whose description matches. */
function verdictOf(results: BuildResult[], about: RegExp) {
	const matching = evaluateTargets(results, sizes).filter((outcome) => about.test(outcome.target));
	expect(matching, String(about)).toHaveLength(1);
	return matching[0]!;
}
const defaultOf = (results: BuildResult[], interpretations: number) => results.find((result) => result.site === 'default' && result.interpretations === interpretations)!;
const slower = (result: BuildResult, factor: number) => Object.assign(result, { seconds: result.seconds * factor });

describe('the targets of the benchmark', () => {
	test('a run that meets every target is judged so, target by target, against Starlight’s default cold and warm, with 1 and with 3 versions', () => {
		const outcomes = evaluateTargets(fullRun(), sizes);
		expect(outcomes.filter((outcome) => outcome.met !== true)).toEqual([]);
		const speed = outcomes.filter((outcome) => /sneller dan Starlight-standaard/.test(outcome.target)).map((outcome) => outcome.target);
		// 1,000 with 1 version, 5,000 with 1 and with 3 versions; cold and warm.
		expect(speed).toHaveLength(6);
		expect(speed.filter((target) => /koud/.test(target) && /≥ 10×/.test(target))).toHaveLength(2);
		expect(speed.filter((target) => /warm/.test(target) && /≥ 12×/.test(target))).toHaveLength(2);
		expect(speed.filter((target) => /≥ 2×.*bij 1\.000/.test(target))).toHaveLength(1);
		expect(speed.filter((target) => /≥ 3×.*bij 1\.000/.test(target))).toHaveLength(1);
	});

	test.each([
		[/koud.*1 gepubliceerde versie.*≥ 10×/, (results: BuildResult[]) => slower(ours(results, 5_000), 2.5)],
		[/koud.*3 gepubliceerde versies.*≥ 10×/, (results: BuildResult[]) => slower(ours(results, 5_000, 3), 2.5)],
		[/koud.*≥ 2×.*bij 1\.000/, (results: BuildResult[]) => slower(ours(results, 1_000), 11)],
		[/warm.*1 gepubliceerde versie.*≥ 12×/, (results: BuildResult[]) => slower(ours(results, 5_000, 1, 'warm'), 3)],
		[/warm.*3 gepubliceerde versies.*≥ 12×/, (results: BuildResult[]) => slower(ours(results, 5_000, 3, 'warm'), 3)],
		[/warm.*≥ 3×.*bij 1\.000/, (results: BuildResult[]) => slower(ours(results, 1_000, 1, 'warm'), 11)],
		[/piekgeheugen/, (results: BuildResult[]) => Object.assign(ours(results, 5_000, 3, 'warm'), { peakBytes: 1.3 * 1024 ** 3 })],
		[/npm run check/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { check: { coldSeconds: 6.5, unchangedSeconds: 0.5 } })],
		[/npm run check/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { check: { coldSeconds: 3, unchangedSeconds: 1.5 } })],
		[/eerste zoekopdracht/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { firstSearch: { query: 'pesten', pagefindBytes: 140_000, allBytes: 160_000, milliseconds: 200, results: 8 } })],
		[/eerste zoekopdracht/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { firstSearch: { query: 'pesten', pagefindBytes: 90_000, allBytes: 120_000, milliseconds: 420, results: 8 } })],
		[/grootste pagina/, (results: BuildResult[]) => Object.assign(ours(results, 5_000, 3), { largestPage: { path: 'versies/0.2/index.html', bytes: 2_000_000 } })],
		[/≤ 30,0 KB gz/, (results: BuildResult[]) => Object.assign(ours(results, 1_000), { firstView: { home: 20_000, rule: 31_000, interpretation: 22_000 } })],
		[/% verschillend/, (results: BuildResult[]) => Object.assign(ours(results, 5_000), { firstView: { home: 20_000, rule: 25_000 * 1.06, interpretation: 22_000 } })],
	])('a run that misses %s fails that target and no other', (about, miss) => {
		const results = fullRun(miss);
		expect(verdictOf(results, about).met).toBe(false);
		expect(verdicts(results).filter((met) => met === false)).toHaveLength(1);
	});

	test('the speed is Starlight’s default time over ours, and a missed one says both times', () => {
		const results = fullRun((all) => slower(ours(all, 5_000), 4));
		expect(verdictOf(results, /koud.*1 gepubliceerde versie.*≥ 10×/)).toMatchObject({ met: false, measured: expect.stringMatching(/^5,0× \(.* s tegen .* s\)\. /) });
	});

	test('a missed build time says what the target allows and where the build’s own time went', () => {
		const results = fullRun((all) => Object.assign(ours(all, 1_000), { seconds: 150, phases: { editions: 20.1, searchIndex: 2.2, pdf: 1.7, assembly: 0.2, other: 5.8, editionsBuilt: 2, astro: null } }));
		const allowed = defaultOf(results, 1_000).seconds / 2;
		expect(verdictOf(results, /koud.*≥ 2×.*bij 1\.000/).measured).toMatch(
			new RegExp(`\\. Het doel laat ${formatNumber(allowed, 1)} s toe; Astro alleen deed 20,1 s over 2 edities, Pagefind 2,2 s, de pdf's 1,7 s$`),
		);
		// With Astro's steps read from its output, it says them too.
		const stepped = fullRun((all) => Object.assign(ours(all, 1_000), { seconds: 150, phases: { editions: 20.1, searchIndex: 2.2, pdf: 1.7, assembly: 0.2, other: 5.8, editionsBuilt: 2, astro: { startUp: 3, content: 4, bundling: 5.1, rendering: 8 } } }));
		expect(verdictOf(stepped, /koud.*≥ 2×.*bij 1\.000/).measured).toMatch(/Astro alleen deed 20,1 s over 2 edities \(opstarten 3,0 s, inhoud 4,0 s, bundelen 5,1 s, pagina's maken 8,0 s\), Pagefind/);
		// A target that is met says only the times.
		expect(verdictOf(fullRun(), /koud.*≥ 2×.*bij 1\.000/).measured).toMatch(/^\d+,\d× \(.* s tegen .* s\)$/);
	});

	test('a smaller first view at 5,000 than at 100 counts as a difference too', () => {
		const results = fullRun((all) => Object.assign(ours(all, 5_000), { firstView: { home: 18_000, rule: 25_000, interpretation: 22_000 } }));
		expect(verdictOf(results, /% verschillend/).met).toBe(false);
	});

	test('what a run did not measure is not judged', () => {
		const withoutDefault = fullRun().filter((result) => result.site === 'ours');
		const outcomes = evaluateTargets(withoutDefault, sizes);
		expect(outcomes.filter((outcome) => /Starlight-standaard/.test(outcome.target)).every((outcome) => outcome.met === null)).toBe(true);
		expect(outcomes.find((outcome) => /npm run check/.test(outcome.target))!.met).toBe(true);
		const noBrowser = fullRun((all) => Object.assign(ours(all, 5_000), { firstSearch: null }));
		expect(verdictOf(noBrowser, /eerste zoekopdracht/).met).toBeNull();
	});

	test('a build with more versions that failed leaves its targets not measured, and memory says what fewer versions took', () => {
		const failed = fullRun().filter((result) => result.versions !== 3);
		const outcomes = evaluateTargets(failed, sizes, 3);
		expect(outcomes.filter((outcome) => /3 gepubliceerde versies.*Starlight-standaard/.test(outcome.target)).map((outcome) => outcome.met)).toEqual([null, null]);
		expect(outcomes.find((outcome) => /piekgeheugen/.test(outcome.target))).toMatchObject({ met: null, target: expect.stringContaining('3 gepubliceerde versies'), measured: expect.stringContaining('met 1 gepubliceerde versie: 800 MiB') });
	});

	test('memory is judged at the most versions the run built, cold and warm', () => {
		const oneVersion = fullRun().filter((result) => result.versions !== 3);
		expect(verdictOf(oneVersion, /piekgeheugen/).target).toContain('1 gepubliceerde versie');
		const coldPeak = fullRun((all) => Object.assign(ours(all, 5_000, 3), { peakBytes: 1.25 * 1024 ** 3 }));
		expect(verdictOf(coldPeak, /piekgeheugen/)).toMatchObject({ met: false, measured: '1,25 GiB' });
	});

	test('a run with other sizes judges its largest for 5,000 and says so', () => {
		expect(sizeRoles([100, 30])).toEqual({ large: 100, middle: 30, small: 30 });
		expect(sizeRoles([1_000])).toEqual({ large: 1_000, middle: undefined, small: undefined });
		const results = [30, 100].flatMap((size) => [build('ours', size), build('ours', size, { cache: 'warm' }), build('default', size)]);
		const outcomes = evaluateTargets(results, [30, 100]);
		const large = outcomes.find((outcome) => /koud.*≥ 10×/.test(outcome.target))!;
		expect(large.target).toContain('bij 100 (in plaats van 5.000)');
		expect(large.met).toBe(true);
	});
});
