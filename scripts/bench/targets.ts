import type { BuildResult } from './results.ts';
import { formatBytes, formatMemory, formatNumber } from './format.ts';

/**
 * The targets the handbook's build and pages are held to, and whether a run met them. A target
 * names a size of handbook (5,000, 1,000 or 100 interpretations); a run with other sizes judges
 * its largest size for 5,000, the one below for 1,000 and its smallest for 100, and says so.
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
	throughputAtLarge: 10,
	throughputAtMiddle: 2,
	/** "About constant": the cost per page at the largest size at most this much above the size below it. */
	costPerPageGrowth: 1.25,
	peakBytes: 1.2 * 1024 ** 3,
	versionsTimeFactor: 2,
	largestPageBytes: 100_000,
	firstViewBytes: 30_000,
	firstViewSpread: 0.05,
	searchBytes: 150_000,
	searchMilliseconds: 300,
	checkSeconds: 5,
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

const find = (results: BuildResult[], site: BuildResult['site'], interpretations: number | undefined, versions = 0, rebuild = false) =>
	interpretations === undefined ? undefined : results.find((result) => result.site === site && result.interpretations === interpretations && result.versions === versions && (result.rebuild ?? false) === rebuild);

const ratio = (value: number) => `${formatNumber(value, 1)}×`;

export function evaluateTargets(results: BuildResult[], sizes: number[], versions: number): TargetOutcome[] {
	const { large, middle, small } = sizeRoles(sizes);
	const outcomes: TargetOutcome[] = [];

	for (const [size, role, factor] of [[large, 'large', limits.throughputAtLarge], [middle, 'middle', limits.throughputAtMiddle]] as const) {
		const target = `doorvoer (pagina's per seconde) ≥ ${factor}× die van kale Starlight ${at(size, role)}`;
		const ours = find(results, 'ours', size);
		const plain = find(results, 'plain', size);
		if (!ours || !plain) outcomes.push(notMeasured(target));
		else {
			const times = ours.pagesPerSecond / plain.pagesPerSecond;
			outcomes.push({ target, met: times >= factor, measured: `${ratio(times)} (${formatNumber(ours.pagesPerSecond, 1)} tegen ${formatNumber(plain.pagesPerSecond, 1)} pagina's/s)` });
		}
	}

	{
		const target = `bouwtijd per pagina ongeveer gelijk van ${middle === undefined ? formatNumber(nominal.middle) : formatNumber(middle)} naar ${large === undefined ? formatNumber(nominal.large) : formatNumber(large)} afspraken (hoogstens ${Math.round((limits.costPerPageGrowth - 1) * 100)} % hoger)`;
		const big = find(results, 'ours', large);
		const smaller = find(results, 'ours', middle);
		if (!big || !smaller || large === middle) outcomes.push(notMeasured(target));
		else {
			const growth = big.seconds / big.pages / (smaller.seconds / smaller.pages);
			outcomes.push({ target, met: growth <= limits.costPerPageGrowth, measured: `${formatNumber((smaller.seconds / smaller.pages) * 1000, 1)} → ${formatNumber((big.seconds / big.pages) * 1000, 1)} ms per pagina (${ratio(growth)})` });
		}
	}

	{
		const target = `piekgeheugen ≤ ${formatMemory(limits.peakBytes)} ${at(large, 'large')}`;
		const ours = find(results, 'ours', large);
		if (!ours || ours.peakBytes === null) outcomes.push(notMeasured(target));
		else outcomes.push({ target, met: ours.peakBytes <= limits.peakBytes, measured: formatMemory(ours.peakBytes) });
	}

	{
		const count = versions || 3;
		const target = `${count} gepubliceerde ${count === 1 ? 'versie' : 'versies'}: bouwtijd ≤ ${limits.versionsTimeFactor}× die zonder versies, binnen hetzelfde geheugen (≤ ${formatMemory(limits.peakBytes)}) ${at(large, 'large')}`;
		const plainBuild = find(results, 'ours', large);
		// A published version does not change: what counts is the build between two publications,
		// after a change to the working version, with the versions built before. The first build is shown beside it.
		const versioned = versions > 0 ? find(results, 'ours', large, versions, true) : undefined;
		const first = versions > 0 ? find(results, 'ours', large, versions) : undefined;
		if (!plainBuild || !versioned || versioned.peakBytes === null) outcomes.push(notMeasured(target));
		else {
			const times = versioned.seconds / plainBuild.seconds;
			const firstBuild = first ? `; de eerste bouw met alle versies ${formatNumber(first.seconds, 0)} s` : '';
			outcomes.push({
				target,
				met: times <= limits.versionsTimeFactor && versioned.peakBytes <= limits.peakBytes,
				measured: `${ratio(times)} de tijd (${formatNumber(versioned.seconds, 0)} s tegen ${formatNumber(plainBuild.seconds, 0)} s), piek ${formatMemory(versioned.peakBytes)}${firstBuild}`,
			});
		}
	}

	{
		const target = `grootste pagina ≤ ${formatBytes(limits.largestPageBytes)} HTML ${at(large, 'large')}`;
		const ours = find(results, 'ours', large);
		if (!ours?.largestPage) outcomes.push(notMeasured(target));
		else outcomes.push({ target, met: ours.largestPage.bytes <= limits.largestPageBytes, measured: `${formatBytes(ours.largestPage.bytes)} (${ours.largestPage.path})` });
	}

	outcomes.push(...firstViewTargets(results, large, small));

	{
		const target = `eerste zoekopdracht ≤ ${formatBytes(limits.searchBytes)} opgehaald en ≤ ${limits.searchMilliseconds} ms, bij elke grootte`;
		const searches = results.filter((result) => result.site === 'ours' && result.versions === 0);
		const measured = searches.filter((result) => result.firstSearch !== null);
		if (measured.length === 0 || measured.length < searches.length) outcomes.push(notMeasured(target));
		else {
			const bytes = Math.max(...measured.map((result) => result.firstSearch!.allBytes));
			const milliseconds = Math.max(...measured.map((result) => result.firstSearch!.milliseconds));
			outcomes.push({ target, met: bytes <= limits.searchBytes && milliseconds <= limits.searchMilliseconds, measured: `hoogstens ${formatBytes(bytes)} en ${formatNumber(milliseconds, 0)} ms` });
		}
	}

	{
		const target = `npm run check ≤ ${limits.checkSeconds} s ${at(large, 'large')}`;
		const ours = find(results, 'ours', large);
		if (ours?.checkSeconds == null) outcomes.push(notMeasured(target));
		else outcomes.push({ target, met: ours.checkSeconds <= limits.checkSeconds, measured: `${formatNumber(ours.checkSeconds, 1)} s` });
	}
	return outcomes;
}

/** First view at most 30 KB gz on every size, and the same (within 5 %) at the smallest and the largest size, for each of the three pages. */
function firstViewTargets(results: BuildResult[], large: number | undefined, small: number | undefined): TargetOutcome[] {
	const pages = [['home', 'de home'], ['rule', 'een regel'], ['interpretation', 'een afspraak']] as const;
	const ours = results.filter((result) => result.site === 'ours' && result.versions === 0);
	const sizeTarget = `eerste weergave ≤ ${formatBytes(limits.firstViewBytes)} gz (HTML, CSS en JS) van de home, een regel en een afspraak, bij elke grootte`;
	const values = ours.flatMap((result) => pages.map(([key]) => result.firstView[key]));
	const outcomes: TargetOutcome[] = [];
	if (ours.length === 0 || values.some((value) => value === null)) outcomes.push(notMeasured(sizeTarget));
	else {
		const largest = Math.max(...(values as number[]));
		outcomes.push({ target: sizeTarget, met: largest <= limits.firstViewBytes, measured: `hoogstens ${formatBytes(largest)}` });
	}
	const spreadTarget = `eerste weergave ${at(small, 'small')} en ${at(large, 'large')} hoogstens ${limits.firstViewSpread * 100} % verschillend`;
	const smallest = find(results, 'ours', small);
	const biggest = find(results, 'ours', large);
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
