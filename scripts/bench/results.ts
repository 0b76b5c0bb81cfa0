/** What the benchmark measured: one record per build, written raw to benchmark/results.json. */

export type SiteKind = 'ours' | 'plain';

export interface BuildResult {
	site: SiteKind;
	/** Interpretations in the handbook. */
	interpretations: number;
	/** Published versions next to the working version (0: the working version only). */
	versions: number;
	/**
	 * A build again after a change to the working version only: the published versions were built
	 * before and are taken from the cache, as on every build between two publications.
	 */
	rebuild?: boolean;
	/** Wall-clock seconds of the whole build (for ours: every edition and putting them together). */
	seconds: number;
	/** .html files in the output, the 404 page and forwarding pages included. */
	pages: number;
	pagesPerSecond: number;
	/** Peak of the summed resident memory of the build's process tree; null where there is no /proc. */
	peakBytes: number | null;
	largestPage: { path: string; bytes: number } | null;
	medianPageBytes: number | null;
	/** The share of the machine's CPU other processes used during the build (0-1): above a few percent the time is too high. */
	otherLoad: number | null;
	/** Every file of the output. */
	totalBytes: number;
	/** Gzipped HTML + CSS + JS of a first view, per page; null when it could not be measured. */
	firstView: { home: number | null; rule: number | null; interpretation: number | null };
	firstSearch: { query: string; pagefindBytes: number; allBytes: number; milliseconds: number; results: number } | null;
	/** Seconds `npm run check` took on this handbook (ours only). */
	checkSeconds: number | null;
}

export interface Machine {
	cores: number;
	memoryBytes: number;
	cpuModel: string;
	node: string;
}

export interface BenchmarkRun {
	/** ISO date and time the run started. */
	startedAt: string;
	/** Minutes the whole run took. */
	minutes: number;
	machine: Machine;
	sizes: number[];
	versions: number;
	quick: boolean;
	/** The pages whose first view was measured. */
	samplePages: { home: string; rule: string; interpretation: string };
	results: BuildResult[];
	/** Builds that failed, with why: left out of the table, so their targets are not judged. */
	failures: { step: string; message: string }[];
}
