import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { editionCacheFolder } from '../../src/build/edition-cache.ts';
import { readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { readEditions } from '../../src/lib/edition.ts';
import { paths } from '../../src/lib/paths.ts';
import { today } from '../../src/lib/today.ts';
import { buildDefaultSite, buildHandbook, forgetDefaultSiteBuild, prepareDefaultSite } from './builds.ts';
import { checkRepeated, prepareRound } from './rounds.ts';
import { launchChromium } from '../lib/chromium.ts';
import { formatMemory, formatNumber } from './format.ts';
import { changeWorkingVersion, generateHandbook, publishVersions, type GeneratedHandbook } from './handbook.ts';
import { measureSite } from './measure-site.ts';
import type { MeasuredRun } from './measure-command.ts';
import { phasesOf } from './phases.ts';
import { buildReferenceAgain, medianBuild } from './repeated-builds.ts';
import { busyMachineShare } from './report.ts';
import type { BenchOptions } from './options.ts';
import type { BenchmarkRun, BuildResult, CheckTimes } from './results.ts';

export interface Reporter {
	step: (message: string) => void;
	warn: (message: string) => void;
}

const seconds = (value: number) => `${formatNumber(value, 1)} s`;
/** Of a time measured more than once, every measurement: " (de mediaan van 41,8 s, 52,1 s, 37,5 s)". */
const everyRun = (runs: number[]) => (runs.length > 1 ? ` (de mediaan van ${runs.map(seconds).join(', ')})` : '');

function describe(result: BuildResult): string {
	const memory = result.peakBytes === null ? '' : `, piek ${formatMemory(result.peakBytes)}`;
	const built = result.phases ? `, ${result.phases.editionsBuilt} van ${result.editions} ${result.editions === 1 ? 'editie' : 'edities'} gebouwd` : '';
	return `${formatNumber(result.pages)} pagina's in ${seconds(result.seconds)}${everyRun(result.runs)}${built}${memory}`;
}

function warnAboutOtherLoad(load: number | null, report: Reporter) {
	if (load !== null && load > busyMachineShare) report.warn(`andere processen gebruikten ${formatNumber(load * 100, 0)} % van de CPU tijdens deze bouw; de tijd is daardoor te hoog.`);
}

/** A build of ours that silently used another build's content would be measured wrongly: every interpretation of the working version must have its page. */
function assertEveryInterpretationBuilt(workingEdition: string, handbook: GeneratedHandbook) {
	const folder = join(workingEdition, paths.interpretations);
	const built = new Set(existsSync(folder) ? readdirSync(folder).filter((name) => existsSync(join(folder, name, 'index.html'))) : []);
	const missing = handbook.ids.filter((id) => !built.has(id));
	if (missing.length > 0) {
		throw new Error(`De werkversie heeft ${built.size} pagina's van afspraken in plaats van ${handbook.ids.length} (bijvoorbeeld ontbreekt ${missing[0]}). Bouwde iemand tegelijk een ander handboek in dezelfde map?`);
	}
}

/** A path of the working version's pages: /gedragscode/ in a working version at /werkversie/ is /werkversie/gedragscode/. */
const inEdition = (editionPath: string, path: string) => `${editionPath}${path.replace(/^\//, '')}`;

/** Where the editions of a handbook are in its built site. */
function editionPathsOf(content: string): { working: string; others: string[] } {
	const editions = readEditions(content);
	return { working: editions.find((edition) => !edition.published)!.path, others: editions.filter((edition) => edition.published).map((edition) => edition.path) };
}

/**
 * The whole benchmark, one build at a time. Per size: a handbook made of the shipped content (with
 * its published version) and that many interpretations in the working version is checked, built
 * cold and measured (in Chromium too), Starlight's default site with the working version's pages
 * is built beside it, and ours is built again warm after a change to one interpretation; the
 * largest size is then published to more versions and built cold and warm again. Everything
 * happens in a temporary folder that is removed afterwards, with the caches the builds left.
 */
export async function runBenchmark(options: BenchOptions, projectRoot: string, report: Reporter): Promise<BenchmarkRun> {
	const startedAt = new Date();
	const started = performance.now();
	const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
	const results: BuildResult[] = [];
	const busy = loadavg()[0]!;
	if (busy > cpus().length / 2) report.warn(`de machine is al bezig (belasting ${formatNumber(busy, 1)} op ${cpus().length} kernen); de tijden worden te hoog.`);
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
	} catch (error) {
		report.warn(`Chromium start niet (${(error as Error).message.split('\n')[0]}); eerste weergave en zoeken worden niet gemeten.`);
	}
	const largest = options.sizes.at(-1)!;
	let samplePages = { home: paths.home, rule: '', interpretation: '' };
	const failures: BenchmarkRun['failures'] = [];
	/** A build that fails is reported and left out; the sizes after it are still measured. */
	const attempt = async (step: string, work: () => Promise<void>): Promise<boolean> => {
		try {
			await work();
			return true;
		} catch (error) {
			const message = (error as Error).message;
			report.warn(`${step} is niet gemeten: ${message}`);
			failures.push({ step, message });
			return false;
		}
	};
	const astroCaches = join(projectRoot, 'node_modules', '.astro');
	const cachesBefore = new Set(existsSync(astroCaches) ? readdirSync(astroCaches) : []);
	try {
		for (const size of options.sizes) {
			const folder = join(work, `handbook-${size}`);
			mkdirSync(folder);
			const versions = size === largest ? Math.max(1, options.versions) : 1;
			report.step(`\n${formatNumber(size)} afspraken`);
			let handbook: GeneratedHandbook | undefined;
			try {
				await attempt(`Ons handboek met ${formatNumber(size)} afspraken`, async () => {
					handbook = generateHandbook(join(projectRoot, 'content'), join(folder, 'content'), size);
					const editionPaths = editionPathsOf(handbook.content);
					const published = editionPaths.others.length;
					samplePages = { home: inEdition(editionPaths.working, paths.home), rule: inEdition(editionPaths.working, handbook.samplePages.rule), interpretation: inEdition(editionPaths.working, handbook.samplePages.interpretation) };
					const measure = { projectRoot, handbook, folder, size, options, browser, report, pages: samplePages };

					const check = await checkRepeated(projectRoot, handbook.content, folder, options.repeats);
					report.step(`  npm run check: in orde, ${seconds(check.coldSeconds)} de eerste keer${everyRun(check.coldRuns)}, ${seconds(check.unchangedSeconds)} ongewijzigd${everyRun(check.unchangedRuns)}`);
					const cold = await buildAndMeasureOurs({ ...measure, versions: published, cold: true, check });
					const site = readOrganisation(handbook.content).data!.handbookTitle;
					await attempt(`Starlight-standaard met ${formatNumber(size)} afspraken`, async () => {
						const defaultFolder = join(work, `default-${size}`);
						try {
							const defaultSite = join(defaultFolder, 'site');
							const pages = prepareDefaultSite(projectRoot, join(cold.outDir, editionPaths.working), editionPaths.others, defaultSite, site);
							const defaultOut = join(defaultFolder, 'dist');
							const builds: MeasuredRun[] = [];
							do {
								forgetDefaultSiteBuild(defaultSite, defaultOut);
								const build = await buildDefaultSite(defaultSite, defaultOut, join(defaultFolder, `build-${builds.length + 1}.log`));
								warnAboutOtherLoad(build.otherLoad, report);
								builds.push(build);
							} while (buildReferenceAgain(builds, options.repeats));
							const { build } = medianBuild(builds);
							const runs = builds.map((run) => run.seconds);
							const result = await measureSite({ site: 'default', interpretations: size, versions: 0, cache: null, outDir: defaultOut, editionPaths: { working: '/', others: [] }, build, runs, phases: null, check: null, pages: samplePages, query: options.query, browser: undefined, warn: report.warn });
							results.push(result);
							report.step(`  Starlight-standaard (${formatNumber(pages)} pagina's in Markdown, zonder versies): ${describe(result)}`);
						} finally {
							rmSync(defaultFolder, { recursive: true, force: true });
						}
					});
					rmSync(cold.outDir, { recursive: true, force: true });
					changeWorkingVersion(handbook.content);
					await buildAndMeasureOurs({ ...measure, versions: published, cold: false, check: null });

					if (versions > published) {
						const publishing = performance.now();
						const numbers = publishVersions(handbook.content, versions - published, today());
						report.step(`\n${formatNumber(size)} afspraken met ${versions} versies: gepubliceerd ${numbers.join(', ')} (${seconds((performance.now() - publishing) / 1000)})`);
						const more = editionPathsOf(handbook.content).others.length;
						await buildAndMeasureOurs({ ...measure, versions: more, cold: true, check: null });
						changeWorkingVersion(handbook.content);
						await buildAndMeasureOurs({ ...measure, versions: more, cold: false, check: null });
					}
				});
			} finally {
				if (handbook) rmSync(editionCacheFolder(projectRoot, handbook.content), { recursive: true, force: true });
				rmSync(folder, { recursive: true, force: true });
				// Astro's content store of each edition of this handbook.
				for (const name of existsSync(astroCaches) ? readdirSync(astroCaches) : []) if (!cachesBefore.has(name)) rmSync(join(astroCaches, name), { recursive: true, force: true });
			}
		}
	} finally {
		await browser?.close();
		rmSync(work, { recursive: true, force: true });
	}
	const cpu = cpus();
	return {
		startedAt: startedAt.toISOString(),
		minutes: (performance.now() - started) / 60_000,
		machine: { cores: cpu.length, memoryBytes: totalmem(), cpuModel: cpu[0]?.model.trim() ?? 'onbekend', node: process.version },
		sizes: options.sizes,
		versions: Math.max(1, options.versions),
		quick: options.quick,
		repeats: options.repeats,
		samplePages,
		results,
		failures,
	};

	/**
	 * One of our builds, measured `options.repeats` times (each warm one after a change of its own) and
	 * taken at the median (repeated-builds.ts): cold ones in Chromium too (only the first with these
	 * versions), warm ones by their build alone. The site measured is the last one built.
	 */
	async function buildAndMeasureOurs({ projectRoot, handbook, folder, size, versions, cold, check, options, browser, report, pages }: OursToMeasure) {
		const editionPaths = editionPathsOf(handbook.content);
		const outDir = join(folder, `dist-${versions}-${cold ? 'koud' : 'warm'}`);
		const builds: MeasuredRun[] = [];
		const logFiles: string[] = [];
		for (let round = 1; round <= options.repeats; round++) {
			prepareRound(projectRoot, handbook.content, { cold });
			rmSync(outDir, { recursive: true, force: true });
			const logFile = join(folder, `build-${versions}-${cold ? 'koud' : 'warm'}-${round}.log`);
			const build = await buildHandbook(projectRoot, handbook.content, outDir, logFile, cold);
			assertEveryInterpretationBuilt(join(outDir, editionPaths.working), handbook);
			warnAboutOtherLoad(build.otherLoad, report);
			builds.push(build);
			logFiles.push(logFile);
		}
		const { build, index } = medianBuild(builds);
		const inBrowser = cold && check !== null ? browser : undefined;
		const runs = builds.map((run) => run.seconds);
		const result = await measureSite({ site: 'ours', interpretations: size, versions, cache: cold ? 'cold' : 'warm', outDir, editionPaths, build, runs, phases: phasesOf(readFileSync(logFiles[index]!, 'utf8'), build.seconds), check, pages, query: options.query, browser: inBrowser, warn: report.warn });
		results.push(result);
		report.step(`  ons handboek, ${versions} ${versions === 1 ? 'versie' : 'versies'}, ${cold ? 'koud (zonder cache van edities)' : 'warm (na een wijziging in de werkversie)'}: ${describe(result)}`);
		if (!cold) rmSync(outDir, { recursive: true, force: true });
		return { result, outDir };
	}
}

interface OursToMeasure {
	projectRoot: string;
	handbook: GeneratedHandbook;
	folder: string;
	size: number;
	versions: number;
	cold: boolean;
	check: CheckTimes | null;
	options: BenchOptions;
	browser: Browser | undefined;
	report: Reporter;
	pages: BenchmarkRun['samplePages'];
}

