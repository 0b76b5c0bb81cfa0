import type { BuildResult } from '../../scripts/bench/results.ts';

const mib = 1024 ** 2;

/**
 * A build as the benchmark records it, meeting every target: ours builds in 1/20 of Starlight's
 * default time cold and 1/30 warm; a test changes what it is about.
 */
export function build(site: BuildResult['site'], interpretations: number, change: Partial<BuildResult> = {}): BuildResult {
	const workingPages = interpretations + 80;
	const versions = change.versions ?? (site === 'ours' ? 1 : 0);
	const cache = change.cache === undefined ? (site === 'ours' ? 'cold' : null) : change.cache;
	const editions = site === 'ours' ? versions + 1 : 1;
	const defaultSeconds = workingPages / 5;
	const seconds = site === 'default' ? defaultSeconds : cache === 'cold' ? defaultSeconds / 20 : defaultSeconds / 30;
	const pages = site === 'ours' ? workingPages * editions : workingPages;
	return {
		site,
		interpretations,
		versions,
		cache,
		seconds,
		runs: [seconds],
		pages,
		editions,
		workingPages,
		peakBytes: 800 * mib,
		otherLoad: 0,
		largestPage: { path: 'interpretaties/index.html', bytes: 80_000 },
		medianPageBytes: 30_000,
		totalBytes: pages * 40_000,
		phases: site === 'ours' ? { editions: seconds * 0.7, searchIndex: seconds * 0.1, pdf: seconds * 0.05, assembly: seconds * 0.1, other: seconds * 0.05, editionsBuilt: cache === 'cold' ? editions : 1, astro: null } : null,
		firstView: site === 'ours' && cache === 'cold' ? { home: 20_000, rule: 25_000, interpretation: 22_000 } : { home: null, rule: null, interpretation: null },
		firstSearch: site === 'ours' && cache === 'cold' ? { query: 'pesten', pagefindBytes: 90_000, allBytes: 120_000, milliseconds: 250, results: 8 } : null,
		check: site === 'ours' && cache === 'cold' ? { coldSeconds: 2, unchangedSeconds: 0.5, coldRuns: [2], unchangedRuns: [0.5] } : null,
		...change,
	};
}

/** A full run: 100, 1,000 and 5,000 with one version, cold and warm, and Starlight's default; 5,000 also with 3 versions. */
export function fullRun(change: (results: BuildResult[]) => void = () => {}): BuildResult[] {
	const results = [100, 1_000, 5_000].flatMap((size) => [build('ours', size), build('ours', size, { cache: 'warm' }), build('default', size)]);
	results.push(build('ours', 5_000, { versions: 3, firstView: { home: null, rule: null, interpretation: null }, firstSearch: null, check: null }), build('ours', 5_000, { versions: 3, cache: 'warm' }));
	change(results);
	return results;
}

export const ours = (results: BuildResult[], size: number, versions = 1, cache: 'cold' | 'warm' = 'cold') =>
	results.find((result) => result.site === 'ours' && result.interpretations === size && result.versions === versions && result.cache === cache)!;
