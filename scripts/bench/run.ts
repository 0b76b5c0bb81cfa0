import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { today } from '../../src/lib/today.ts';
import { buildHandbook, buildPlainSite, checkHandbook, preparePlainSite } from './builds.ts';
import { launchChromium } from '../lib/chromium.ts';
import { formatMemory, formatNumber } from './format.ts';
import { changeWorkingVersion, generateHandbook, publishVersions, stampPages, type GeneratedHandbook } from './handbook.ts';
import { measureSite } from './measure-site.ts';
import { busyMachineShare } from './report.ts';
import type { BenchOptions } from './options.ts';
import type { BenchmarkRun, BuildResult } from './results.ts';

export interface Reporter {
	step: (message: string) => void;
	warn: (message: string) => void;
}

const seconds = (value: number) => `${formatNumber(value, 1)} s`;

function describe(result: BuildResult): string {
	const memory = result.peakBytes === null ? '' : `, piek ${formatMemory(result.peakBytes)}`;
	return `${formatNumber(result.pages)} pagina's in ${seconds(result.seconds)} (${formatNumber(result.pagesPerSecond, 1)} pagina's/s${memory})`;
}

function warnAboutOtherLoad(load: number | null, report: Reporter) {
	if (load !== null && load > busyMachineShare) report.warn(`andere processen gebruikten ${formatNumber(load * 100, 0)} % van de CPU tijdens deze bouw; de tijd is daardoor te hoog.`);
}

/** A build of ours that silently used another build's content would be measured wrongly: every interpretation must have its page. */
function assertEveryInterpretationBuilt(outDir: string, handbook: GeneratedHandbook) {
	const folder = join(outDir, paths.interpretations);
	const built = new Set(existsSync(folder) ? readdirSync(folder).filter((name) => existsSync(join(folder, name, 'index.html'))) : []);
	const missing = handbook.ids.filter((id) => !built.has(id));
	if (missing.length > 0 || built.size !== handbook.ids.length) {
		throw new Error(`De bouw heeft ${built.size} pagina's van afspraken in plaats van ${handbook.ids.length} (bijvoorbeeld ontbreekt ${missing[0] ?? '—'}). Bouwde iemand tegelijk een ander handboek in dezelfde map? Astro's inhoudsopslag (node_modules/.astro) is gedeeld.`);
	}
}

/**
 * The whole benchmark, one build at a time: per size, a generated handbook is checked, built and
 * measured, then a plain Starlight site with the same pages; at the end the largest handbook with
 * published versions. Everything happens in a temporary folder that is removed afterwards.
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
	try {
		let largestHandbook: GeneratedHandbook | undefined;
		for (const size of options.sizes) {
			const folder = join(work, `handbook-${size}`);
			mkdirSync(folder);
			report.step(`\n${formatNumber(size)} afspraken`);
			let ourSite: string | undefined;
			let handbook: GeneratedHandbook | undefined;
			await attempt(`Ons handboek met ${formatNumber(size)} afspraken`, async () => {
				handbook = generateHandbook(join(projectRoot, 'content'), join(folder, 'content'), size);
				samplePages = { home: paths.home, ...handbook.samplePages };
				const ours = await buildAndMeasureOurs({ projectRoot, handbook, folder, size, versions: 0, options, browser, report, pages: samplePages });
				results.push(ours.result);
				ourSite = ours.outDir;
			});
			if (ourSite && handbook) {
				const plainFolder = join(work, `plain-${size}`);
				const { content } = handbook;
				const site = ourSite;
				await attempt(`Kale Starlight met ${formatNumber(size)} afspraken`, async () => {
					const plainPages = preparePlainSite(projectRoot, site, join(plainFolder, 'site'), readOrganisation(content).data!.handbookTitle);
					const plainOut = join(plainFolder, 'dist');
					const plainBuild = await buildPlainSite(join(plainFolder, 'site'), plainOut, join(plainFolder, 'build.log'));
					warnAboutOtherLoad(plainBuild.otherLoad, report);
					const plain = await measureSite({ site: 'plain', interpretations: size, versions: 0, outDir: plainOut, build: plainBuild, checkSeconds: null, pages: samplePages, query: options.query, browser, warn: report.warn });
					results.push(plain);
					report.step(`  kale Starlight (${formatNumber(plainPages)} pagina's in Markdown): ${describe(plain)}`);
				});
				rmSync(plainFolder, { recursive: true, force: true });
				rmSync(ourSite, { recursive: true, force: true });
			}
			// The versioned build starts from the largest handbook, if that one could be built at all.
			if (size === largest && options.versions > 0 && ourSite) largestHandbook = handbook;
			else rmSync(folder, { recursive: true, force: true });
		}

		if (largestHandbook) {
			const folder = join(work, `handbook-${largest}-versies`);
			const versionsText = `${options.versions} gepubliceerde ${options.versions === 1 ? 'versie' : 'versies'}`;
			report.step(`\n${formatNumber(largest)} afspraken met ${versionsText}`);
			const base = largestHandbook;
			await attempt(`Ons handboek met ${formatNumber(largest)} afspraken en ${versionsText}`, async () => {
				const content = join(folder, 'content');
				cpSync(base.content, content, { recursive: true });
				stampPages(content);
				const publishing = performance.now();
				const numbers = publishVersions(content, options.versions, today());
				report.step(`  gepubliceerd: ${numbers.join(', ')} (${seconds((performance.now() - publishing) / 1000)})`);
				const versioned = await buildAndMeasureOurs({ projectRoot, handbook: { ...base, content }, folder, size: largest, versions: options.versions, options, browser, report, pages: samplePages });
				results.push(versioned.result);
				// As between two publications: a team's wording changes in the working version, and the site is built again.
				changeWorkingVersion(content);
				rmSync(versioned.outDir, { recursive: true, force: true });
				const rebuilt = await buildAndMeasureOurs({ projectRoot, handbook: { ...base, content }, folder, size: largest, versions: options.versions, rebuild: true, options, browser, report, pages: samplePages });
				results.push(rebuilt.result);
			});
			rmSync(folder, { recursive: true, force: true });
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
		versions: options.versions,
		quick: options.quick,
		samplePages,
		results,
		failures,
	};
}

interface OursToMeasure {
	projectRoot: string;
	handbook: GeneratedHandbook;
	folder: string;
	size: number;
	versions: number;
	rebuild?: boolean;
	options: BenchOptions;
	browser: Browser | undefined;
	report: Reporter;
	pages: BenchmarkRun['samplePages'];
}

/** npm run check, npm run build and the measurements of one handbook of ours. */
async function buildAndMeasureOurs({ projectRoot, handbook, folder, size, versions, rebuild, options, browser, report, pages }: OursToMeasure) {
	const check = await checkHandbook(projectRoot, handbook.content, join(folder, 'check.log'));
	report.step(`  npm run check: in orde, ${seconds(check.seconds)}`);
	const outDir = join(folder, 'dist');
	const build = await buildHandbook(projectRoot, handbook.content, outDir, join(folder, 'build.log'));
	assertEveryInterpretationBuilt(outDir, handbook);
	warnAboutOtherLoad(build.otherLoad, report);
	const result = await measureSite({ site: 'ours', interpretations: size, versions, rebuild, outDir, build, checkSeconds: check.seconds, pages, query: options.query, browser, warn: report.warn });
	report.step(`  ons handboek${rebuild ? ', opnieuw na een wijziging in de werkversie' : ''}: ${describe(result)}`);
	return { result, outDir };
}
