/** What the benchmark measured: one record per build, written raw to benchmark/results.json. */

/** Our handbook, or Starlight's default site with the same pages (the reference of the targets). */
export type SiteKind = 'ours' | 'default';

/**
 * How our build started: cold, with the editions cache empty (`npm run build -- --zonder-cache`, as
 * on a git host that does not restore it), or warm, with the cache the cold build filled, after a
 * change to one interpretation in the working version (only the working version is built again).
 */
export type CacheState = 'cold' | 'warm';

/** Where the wall time of one of our builds went, in seconds, read from the build's own output. */
export interface BuildPhases {
	/** Astro building the editions that were not in the cache. */
	editions: number;
	/** Pagefind indexing those editions. */
	searchIndex: number;
	/** Printing their handreiking as a PDF. */
	pdf: number;
	/** Putting the editions together into one site (placing, missing pages, forwards). */
	assembly: number;
	/** Everything else: starting, checking the published versions, the cache keys. */
	other: number;
	/** How many editions were built; the rest came from the cache. */
	editionsBuilt: number;
	/** Astro's time (`editions`) by its steps, summed over the editions it built; null when its output did not show each step of each. */
	astro: AstroSteps | null;
}

/** The steps of Astro building one edition, in seconds, told apart by the lines Astro prints as it starts each. */
export interface AstroSteps {
	/** Loading Astro, Vite, the config and its integrations, and the collections' config through a temporary Vite server, until "[content] Syncing content". */
	startUp: number;
	/** The content layer: every text read, checked and made HTML (src/lib/content/), until "Building static entrypoints". */
	content: number;
	/** Vite bundling the code of the pages and their scripts, until "generating static routes". */
	bundling: number;
	/** Rendering and writing every page, and what Astro does after (the sitemap, its page cache). */
	rendering: number;
}

/** `npm run check` on the handbook: the first time (no check cache for these files) and again with nothing changed. */
export interface CheckTimes {
	/** Of several rounds (`coldRuns`, `unchangedRuns`, in the order they ran), the median. */
	coldSeconds: number;
	unchangedSeconds: number;
	coldRuns: number[];
	unchangedRuns: number[];
}

export interface BuildResult {
	site: SiteKind;
	/** Interpretations in the working version. */
	interpretations: number;
	/** Published versions next to the working version (Starlight's default site has none: 0). */
	versions: number;
	/** Ours only; null for Starlight's default site. */
	cache: CacheState | null;
	/** Wall-clock seconds of the whole build (for ours: every edition and putting them together); of several builds (`runs`), the median. */
	seconds: number;
	/** The wall-clock seconds of each build of this kind, in the order they ran (Starlight's default: built once). */
	runs: number[];
	/** .html files in the output, the 404 page and forwarding pages included. */
	pages: number;
	/** Editions in the site (ours: the published versions and the working version; the default site: 1). */
	editions: number;
	/** .html files of the working version alone (for the default site: all of them). */
	workingPages: number;
	/** Peak of the summed resident memory of the build's process tree; null where there is no /proc. */
	peakBytes: number | null;
	largestPage: { path: string; bytes: number } | null;
	medianPageBytes: number | null;
	/** The share of the machine's CPU other processes used during the build (0-1): above a few percent the time is too high. */
	otherLoad: number | null;
	/** Every file of the output. */
	totalBytes: number;
	/** Ours only: where the time went; null when the build's output could not be read. */
	phases: BuildPhases | null;
	/** Gzipped HTML + CSS + JS of a first view, per page; null when it was not measured. */
	firstView: { home: number | null; rule: number | null; interpretation: number | null };
	firstSearch: { query: string; pagefindBytes: number; allBytes: number; milliseconds: number; results: number } | null;
	/** Ours, cold builds only: `npm run check` on this handbook. */
	check: CheckTimes | null;
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
	/** Published versions of the largest handbook (every size has at least the repository's one). */
	versions: number;
	quick: boolean;
	/** How many times each of our builds ran. */
	repeats: number;
	/** The pages whose first view was measured. */
	samplePages: { home: string; rule: string; interpretation: string };
	results: BuildResult[];
	/** Builds that failed, with why: left out of the table, so their targets are not judged. */
	failures: { step: string; message: string }[];
}
