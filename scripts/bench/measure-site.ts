import type { Browser } from 'playwright-core';
import { measureFirstSearch } from './first-search.ts';
import { measureFirstView } from './first-view.ts';
import type { MeasuredRun } from './measure-command.ts';
import { filesOf, pageSizeStats, pagesOfEdition } from './page-sizes.ts';
import type { BuildPhases, BuildResult, CacheState, CheckTimes, SiteKind } from './results.ts';
import { serveFolder } from '../lib/static-server.ts';

export interface SiteToMeasure {
	site: SiteKind;
	interpretations: number;
	versions: number;
	cache: CacheState | null;
	/** The built site. */
	outDir: string;
	/** Where the working version is in it ('/' for the default site), and the other editions' paths. */
	editionPaths: { working: string; others: string[] };
	build: MeasuredRun;
	/** The seconds of every build of this kind, when `build` is their median (repeated-builds.ts). */
	runs?: number[];
	phases: BuildPhases | null;
	check: CheckTimes | null;
	/** Addresses of the pages whose first view is measured (in the working version). */
	pages: { home: string; rule: string; interpretation: string };
	query: string;
	/** No browser: first view and search are not measured. */
	browser: Browser | undefined;
	warn: (message: string) => void;
}

/** A measurement in the browser that failed is reported and left out, so one hiccup does not cost a whole run. */
async function orNull<T>(what: string, warn: (message: string) => void, measure: () => Promise<T>): Promise<T | null> {
	try {
		return await measure();
	} catch (error) {
		warn(`${what} kon niet worden gemeten: ${(error as Error).message.split('\n')[0]}`);
		return null;
	}
}

/** Everything the benchmark measures of one built site: its pages, its size, and in Chromium its first views and first search. */
export async function measureSite({ site, interpretations, versions, cache, outDir, editionPaths, build, runs = [build.seconds], phases, check, pages, query, browser, warn }: SiteToMeasure): Promise<BuildResult> {
	const files = filesOf(outDir);
	const stats = pageSizeStats(files);
	const result: BuildResult = {
		site,
		interpretations,
		versions,
		cache,
		seconds: build.seconds,
		runs,
		pages: stats.pages,
		editions: editionPaths.others.length + 1,
		workingPages: pagesOfEdition(files, editionPaths.working, editionPaths.others),
		peakBytes: build.peakBytes,
		otherLoad: build.otherLoad,
		largestPage: stats.largest,
		medianPageBytes: stats.medianBytes,
		totalBytes: stats.totalBytes,
		phases,
		firstView: { home: null, rule: null, interpretation: null },
		firstSearch: null,
		check,
	};
	if (!browser) return result;
	const server = await serveFolder(outDir);
	try {
		for (const key of ['home', 'rule', 'interpretation'] as const) {
			const view = await orNull(`De eerste weergave van ${pages[key]}`, warn, () => measureFirstView(browser, `${server.url}${pages[key]}`));
			result.firstView[key] = view?.gzipBytes ?? null;
		}
		result.firstSearch = await orNull('De eerste zoekopdracht', warn, () => measureFirstSearch(browser, `${server.url}${pages.home}`, query));
	} finally {
		await server.stop();
	}
	return result;
}
