import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand, tailOf, type MeasuredRun } from './measure-command.ts';
import { defaultSiteFiles, hardLinkTree, pagesOfBuiltSite, writeFiles } from './default-site.ts';

/** Runs one command of the benchmark and stops the benchmark, with the end of its output, if it fails. */
async function run(what: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<MeasuredRun> {
	const { HANDBOOK_EDITION: _edition, ...inherited } = process.env;
	const result = await measureCommand({ command, args, cwd, logFile, env: { ...inherited, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	if (result.exitCode !== 0) throw new Error(`${what} is mislukt (code ${result.exitCode}). Het einde van de uitvoer (${logFile}):\n${tailOf(logFile)}`);
	return result;
}

/** `npm run check` on a content folder, as an author runs it. */
export function checkHandbook(projectRoot: string, content: string, logFile: string): Promise<MeasuredRun> {
	return run('De controle van de inhoud', process.execPath, [join(projectRoot, 'scripts', 'check-content.mjs')], projectRoot, { HANDBOOK_CONTENT: content }, logFile);
}

/**
 * `npm run build` of a content folder into `outDir`: every edition, put together. Cold: with
 * `--zonder-cache`, every edition is built (and the cache filled); warm: published versions the
 * cache holds are taken from it.
 */
export function buildHandbook(projectRoot: string, content: string, outDir: string, logFile: string, cold: boolean): Promise<MeasuredRun> {
	const args = [join(projectRoot, 'scripts', 'build.ts'), '--outDir', outDir, ...(cold ? ['--zonder-cache'] : [])];
	return run(`De ${cold ? 'koude' : 'warme'} bouw van het handboek`, process.execPath, args, projectRoot, { HANDBOOK_CONTENT: content }, logFile);
}

/**
 * Writes Starlight's default project for the working version of a built site of ours into
 * `siteDir` (with a hard-linked node_modules) and returns how many content pages it has.
 */
export function prepareDefaultSite(projectRoot: string, workingEdition: string, otherEditions: string[], siteDir: string, siteTitle: string): number {
	const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const pages = pagesOfBuiltSite(workingEdition, otherEditions);
	writeFiles(siteDir, defaultSiteFiles(pages, siteTitle, { astro: dependencies.astro!, starlight: dependencies['@astrojs/starlight']! }));
	hardLinkTree(join(projectRoot, 'node_modules'), join(siteDir, 'node_modules'));
	return pages.length;
}

/**
 * Starlight's default site as before its first build: without what Astro and Vite keep for the next
 * build (the content store in node_modules/.astro, Vite's in node_modules/.vite, the types in .astro),
 * so a repeated build of it is as cold as the first.
 */
export function forgetDefaultSiteBuild(siteDir: string, outDir: string) {
	for (const folder of [join(siteDir, 'node_modules', '.astro'), join(siteDir, 'node_modules', '.vite'), join(siteDir, '.astro'), outDir]) rmSync(folder, { recursive: true, force: true });
}

/** `astro build` of Starlight's default site. */
export function buildDefaultSite(siteDir: string, outDir: string, logFile: string): Promise<MeasuredRun> {
	return run('De bouw van de standaardsite van Starlight', process.execPath, [join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], siteDir, {}, logFile);
}
