import type { BuildResult, CacheState } from './results.ts';
import { formatBytes, formatMemory, formatNumber } from './format.ts';

/**
 * The targets of issue 25 and whether a run met them. A target names a size of handbook (5,000,
 * 1,000 or 100 interpretations); a run with other sizes judges its largest size for 5,000, the one
 * below for 1,000 and its smallest for 100, and says so. The build times are judged against
 * Starlight's default site with the same pages, cold and warm, with the repository's published
 * version and, where the run has them, with more.
 */
export interface TargetOutcome {
	/** The target in Dutch, with the size it was judged at. */
	target: string;
	/** null: not measured in this run. */
	met: boolean | null;
	/** What was measured, in Dutch. */
	measured: string;
}

export const limits = {
	/** How many times faster than Starlight's default ours must build, by cache state and size. */
	speedup: { cold: { large: 10, middle: 2 }, warm: { large: 12, middle: 3 } } satisfies Record<CacheState, { large: number; middle: number }>,
	peakBytes: 1.2 * 1024 ** 3,
	largestPageBytes: 100_000,
	firstViewBytes: 30_000,
	firstViewSpread: 0.05,
	searchBytes: 150_000,
	searchMilliseconds: 300,
	checkColdSeconds: 5,
	checkUnchangedSeconds: 1,
};

const nominal = { large: 5_000, middle: 1_000, small: 100 };

/** The sizes a run judges the targets at. */
export function sizeRoles(sizes: number[]): { large?: number; middle?: number; small?: number } {
	const sorted = [...new Set(sizes)].sort((a, b) => a - b);
	return { large: sorted.at(-1), middle: sorted.length >= 2 ? sorted.at(-2) : undefined, small: sorted.length >= 2 ? sorted[0] : undefined };
}

/** "bij 5.000", or "bij 100 (in plaats van 5.000)" in a run without that size. */
function at(size: number | undefined, role: keyof typeof nominal): string {
	if (size === undefined) return `bij ${formatNumber(nominal[role])}`;
	return size === nominal[role] ? `bij ${formatNumber(size)}` : `bij ${formatNumber(size)} (in plaats van ${formatNumber(nominal[role])})`;
}

const notMeasured = (target: string): TargetOutcome => ({ target, met: null, measured: 'niet gemeten in deze run' });

/** Our build of a size with these versions and this cache state. */
export const oursAt = (results: BuildResult[], interpretations: number | undefined, versions: number, cache: CacheState) =>
	results.find((result) => result.site === 'ours' && result.interpretations === interpretations && result.versions === versions && result.cache === cache);

export const defaultAt = (results: BuildResult[], interpretations: number | undefined) => results.find((result) => result.site === 'default' && result.interpretations === interpretations);

/** The numbers of published versions our builds at this size have, fewest first. */
export const versionCountsAt = (results: BuildResult[], interpretations: number | undefined) =>
	[...new Set(results.filter((result) => result.site === 'ours' && result.interpretations === interpretations).map((result) => result.versions))].sort((a, b) => a - b);

const ratio = (value: number) => `${formatNumber(value, 1)}×`;
const versionsText = (count: number) => `${count} ${count === 1 ? 'gepubliceerde versie' : 'gepubliceerde versies'}`;
const cacheText: Record<CacheState, string> = { cold: 'koud (zonder cache van edities)', warm: 'warm (cache van edities gevuld, na een wijziging in de werkversie)' };

/**
 * `versionsAtLargest`: the published versions the run meant to build the largest size with; a build
 * that failed is then judged "not measured" instead of left out.
 */
export function evaluateTargets(results: BuildResult[], sizes: number[], versionsAtLargest = 1): TargetOutcome[] {
	const { large, middle, small } = sizeRoles(sizes);
	const outcomes: TargetOutcome[] = [];

	for (const cache of ['cold', 'warm'] as const) {
		for (const [size, role] of [[middle, 'middle'], [large, 'large']] as const) {
			const factor = limits.speedup[cache][role];
			const meant = role === 'large' ? [1, versionsAtLargest] : [1];
			const counts = [...new Set([...meant, ...versionCountsAt(results, size)])].sort((a, b) => a - b);
			for (const versions of counts) {
				const target = `bouwtijd ${cacheText[cache]}, met ${versionsText(versions)}: ≥ ${factor}× sneller dan Starlight-standaard ${at(size, role)}`;
				const ours = oursAt(results, size, versions, cache);
				const reference = defaultAt(results, size);
				if (!ours || !reference) outcomes.push(notMeasured(target));
				else {
					const times = reference.seconds / ours.seconds;
					const measured = `${ratio(times)} (${formatNumber(ours.seconds, 1)} s tegen ${formatNumber(reference.seconds, 1)} s)`;
					outcomes.push({ target, met: times >= factor, measured: times >= factor ? measured : `${measured}${whyTooSlow(ours, reference.seconds / factor)}` });
				}
			}
		}
	}

	{
		const versions = Math.max(versionsAtLargest, ...versionCountsAt(results, large));
		const target = `piekgeheugen van de hele procesboom ≤ ${formatMemory(limits.peakBytes)} ${at(large, 'large')}, met ${versionsText(versions)} (koud en warm)`;
		const builds = results.filter((result) => result.site === 'ours' && result.interpretations === large && result.versions === versions && result.peakBytes !== null);
		const fewer = results.filter((result) => result.site === 'ours' && result.interpretations === large && result.peakBytes !== null);
		if (builds.length === 0 && fewer.length > 0) {
			const most = Math.max(...fewer.map((result) => result.versions));
			const peak = Math.max(...fewer.filter((result) => result.versions === most).map((result) => result.peakBytes!));
			outcomes.push({ target, met: null, measured: `niet gemeten in deze run; met ${versionsText(most)}: ${formatMemory(peak)}` });
		} else if (builds.length === 0) outcomes.push(notMeasured(target));
		else {
			const peak = Math.max(...builds.map((result) => result.peakBytes!));
			outcomes.push({ target, met: peak <= limits.peakBytes, measured: formatMemory(peak) });
		}
	}

	{
		const target = `npm run check ≤ ${limits.checkColdSeconds} s de eerste keer en ≤ ${limits.checkUnchangedSeconds} s als niets veranderde, ${at(large, 'large')}`;
		const check = results.find((result) => result.site === 'ours' && result.interpretations === large && result.check !== null)?.check;
		if (!check) outcomes.push(notMeasured(target));
		else {
			outcomes.push({
				target,
				met: check.coldSeconds <= limits.checkColdSeconds && check.unchangedSeconds <= limits.checkUnchangedSeconds,
				measured: `${formatNumber(check.coldSeconds, 1)} s de eerste keer, ${formatNumber(check.unchangedSeconds, 1)} s ongewijzigd`,
			});
		}
	}

	{
		const target = `eerste zoekopdracht ≤ ${formatBytes(limits.searchBytes)} opgehaald en ≤ ${limits.searchMilliseconds} ms ${at(large, 'large')}`;
		const search = results.find((result) => result.site === 'ours' && result.interpretations === large && result.firstSearch !== null)?.firstSearch;
		if (!search) outcomes.push(notMeasured(target));
		else outcomes.push({ target, met: search.allBytes <= limits.searchBytes && search.milliseconds <= limits.searchMilliseconds, measured: `${formatBytes(search.allBytes)} en ${formatNumber(search.milliseconds, 0)} ms` });
	}

	{
		const target = `grootste pagina ≤ ${formatBytes(limits.largestPageBytes)} HTML ${at(large, 'large')}, in elke editie`;
		const pages = results.filter((result) => result.site === 'ours' && result.interpretations === large && result.largestPage !== null).map((result) => result.largestPage!);
		if (pages.length === 0) outcomes.push(notMeasured(target));
		else {
			const biggest = pages.reduce((big, page) => (page.bytes > big.bytes ? page : big));
			outcomes.push({ target, met: biggest.bytes <= limits.largestPageBytes, measured: `${formatBytes(biggest.bytes)} (${biggest.path})` });
		}
	}

	outcomes.push(...firstViewTargets(results, large, small));
	return outcomes;
}

/**
 * Why a build missed its time: what the target allows for the whole build, beside where the build's
 * own time went (its phases), so a reader sees which part alone takes most of what is allowed.
 */
function whyTooSlow(ours: BuildResult, allowedSeconds: number): string {
	const allowed = `. Het doel laat ${formatNumber(allowedSeconds, 1)} s toe`;
	if (!ours.phases) return allowed;
	const { editions, editionsBuilt, searchIndex, pdf, astro } = ours.phases;
	const built = `${editionsBuilt} ${editionsBuilt === 1 ? 'editie' : 'edities'}`;
	const steps = astro ? ` (opstarten ${formatNumber(astro.startUp, 1)} s, inhoud ${formatNumber(astro.content, 1)} s, bundelen ${formatNumber(astro.bundling, 1)} s, pagina's maken ${formatNumber(astro.rendering, 1)} s)` : '';
	return `${allowed}; Astro alleen deed ${formatNumber(editions, 1)} s over ${built}${steps}, Pagefind ${formatNumber(searchIndex, 1)} s, de pdf's ${formatNumber(pdf, 1)} s`;
}

/** First view at most 30 KB gz on every size, and the same (within 5 %) at the smallest and the largest size, for each of the three pages. */
function firstViewTargets(results: BuildResult[], large: number | undefined, small: number | undefined): TargetOutcome[] {
	const pages = [['home', 'de home'], ['rule', 'een regel'], ['interpretation', 'een afspraak']] as const;
	const measured = (size: number | undefined) => results.find((result) => result.site === 'ours' && result.interpretations === size && result.firstView.home !== null);
	const ours = results.filter((result) => result.site === 'ours' && result.firstView.home !== null);
	const sizeTarget = `eerste weergave ≤ ${formatBytes(limits.firstViewBytes)} gz (HTML, CSS en JS) van de home, een regel en een afspraak van de werkversie, bij elke grootte`;
	const values = ours.flatMap((result) => pages.map(([key]) => result.firstView[key]));
	const outcomes: TargetOutcome[] = [];
	if (ours.length === 0 || values.some((value) => value === null)) outcomes.push(notMeasured(sizeTarget));
	else {
		const largest = Math.max(...(values as number[]));
		outcomes.push({ target: sizeTarget, met: largest <= limits.firstViewBytes, measured: `hoogstens ${formatBytes(largest)}` });
	}
	const spreadTarget = `eerste weergave ${at(small, 'small')} en ${at(large, 'large')} hoogstens ${limits.firstViewSpread * 100} % verschillend`;
	const smallest = measured(small);
	const biggest = measured(large);
	if (!smallest || !biggest || small === large) outcomes.push(notMeasured(spreadTarget));
	else {
		const spreads = pages.map(([key, name]) => {
			const from = smallest.firstView[key];
			const to = biggest.firstView[key];
			return { name, from, to, spread: from === null || to === null ? null : Math.abs(to - from) / from };
		});
		if (spreads.some((spread) => spread.spread === null)) outcomes.push(notMeasured(spreadTarget));
		else {
			outcomes.push({
				target: spreadTarget,
				met: spreads.every((spread) => spread.spread! <= limits.firstViewSpread),
				measured: spreads.map((spread) => `${spread.name} ${formatBytes(spread.from!)} → ${formatBytes(spread.to!)} (${spread.to! >= spread.from! ? '+' : '−'}${formatNumber(spread.spread! * 100, 1)} %)`).join('; '),
			});
		}
	}
	return outcomes;
}
