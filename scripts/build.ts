// Builds the handbook: every published version and the working version, each with Astro into a
// folder of its own, then put together into one site in dist/ (or --outDir). A published version
// whose pages were built before from the same files, settings and code is taken from the cache.
// The site is built for its base path (src/lib/base-path.ts): --base, else HANDBOOK_BASE_PATH (the
// Pages workflow sets it), else the path of `site` in organisation.yaml, else /.
// Usage: npm run build [-- --outDir <folder>] [-- --base /de-sociale-norm/] [-- --zonder-cache]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { previousOf, readEditions, type Edition } from '../src/lib/edition.ts';
import { basePathSourceNames } from '../src/lib/base-path.ts';
import { basePathOrExit } from './lib/base-path-or-exit.ts';
import { versionsDirectory } from '../src/lib/versions/published-versions.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { listFiles } from '../src/lib/content/content-files.ts';
import { readOrganisation } from '../src/lib/content/load-handbook.ts';
import { assembleSite, type BuiltEdition } from '../src/build/assemble-site.ts';
import { readPageManifest, servedPathsVariable, writeServedPaths } from '../src/build/page-manifest.ts';
import { servedPaths } from '../src/lib/versions/missing-page.ts';
import { cachedEdition, editionCacheFolder, editionCacheKeys, keepEdition, pruneEditions } from '../src/build/edition-cache.ts';
import { changedVersionsReport, versionsVerifiedVariable } from '../src/build/published-versions-unchanged.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, base: { type: 'string' }, 'zonder-cache': { type: 'boolean', default: false } } });
const { basePath, source, siteWarning } = basePathOrExit({ option: values.base, environment: process.env.HANDBOOK_BASE_PATH, site: readOrganisation(contentRoot).data?.site });
console.log(`De site wordt gebouwd voor ${basePath} (${basePathSourceNames[source]}).`);
if (siteWarning) console.warn(`Let op: ${siteWarning}`);
// Once for the whole build, not in every edition's process: no published version has changed.
const changedVersions = changedVersionsReport(contentRoot);
if (changedVersions) {
	console.error(changedVersions);
	process.exit(1);
}
const siteDir = resolve(values.outDir!);
const workDir = mkdtempSync(join(projectRoot, 'node_modules', '.handbook-editions-'));
const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Node lets a process's heap grow far beyond what it uses before it collects, so Astro's heap is
 * limited to what it keeps alive plus room: 768 MB, 0.15 MB per content file of the edition (its
 * pages are rendered and kept until the build ends: 965 MB alive at 5,200 files) and 0.05 MB per
 * file of the version before it, which is read to compare. At 5,000 interpretations the earlier
 * 512 + 0.05 MB a file stopped a published version's build with "heap out of memory".
 */
function heapLimitFor(edition: Edition, editions: Edition[]): number {
	const previous = previousOf(edition, editions);
	return Math.round(768 + 0.15 * contentFilesOf(edition) + (previous ? 0.05 * contentFilesOf(previous) : 0));
}

const contentFilesOf = (edition: Edition) => listFiles(edition.contentFolder).filter((file) => !file.startsWith(`${versionsDirectory}${sep}`)).length;

// The oldest version first and the working version last: each build learns which addresses the
// editions before it serve, so its version switcher can lead to an older version's page "staat niet
// in deze versie" where that version lacks a page (src/lib/versions/missing-page.ts). The published
// versions usually come from the cache; `npm run check` finds a mistake in the working version first.
const editions = readEditions(contentRoot, { basePath });
const cacheFolder = editionCacheFolder(projectRoot, contentRoot);
const cacheKeys = editionCacheKeys({ projectRoot, contentRoot, editions });
const built: BuiltEdition[] = [];
/** Where the next build reads which addresses the editions built so far serve. */
const servedFile = join(workDir, 'served-paths.json');
const servedSoFar = () => writeServedPaths(servedFile, servedPaths(built.map(({ edition, outDir }) => [edition.id, readPageManifest(outDir).keys()])));
/** Editions built by Astro in this run, printed once every Astro build is done, then kept or moved. */
const fresh: { edition: Edition; outDir: string; key?: string }[] = [];
try {
	for (const edition of editions) {
		const outDir = join(workDir, edition.id);
		const key = cacheKeys.get(edition.id);
		servedSoFar();
		const kept = key && !values['zonder-cache'] ? cachedEdition(cacheFolder, key) : undefined;
		if (kept) {
			console.log(`\n— ${edition.name} (${edition.base}): ongewijzigd sinds de vorige bouw, uit de cache —`);
			built.push({ edition, outDir: kept, placing: 'link' });
			continue;
		}
		console.log(`\n— ${edition.name} (${edition.base}) —`);
		const result = spawnSync(process.execPath, [`--max-old-space-size=${heapLimitFor(edition, editions)}`, astro, 'build', '--outDir', outDir], {
			cwd: projectRoot,
			stdio: 'inherit',
			env: { ...process.env, HANDBOOK_EDITION: edition.id, HANDBOOK_BASE_PATH: basePath, [versionsVerifiedVariable]: '1', [servedPathsVariable]: servedFile, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (result.status !== 0) {
			console.error(`\n${edition.name} kon niet worden gebouwd; de site is niet bijgewerkt.`);
			process.exitCode = result.status ?? 1;
			break;
		}
		const indexing = performance.now();
		const { pages } = await buildSearchIndex(outDir);
		console.log(`Zoekindex van ${edition.name.toLowerCase()}: ${pages} pagina's in ${((performance.now() - indexing) / 1000).toFixed(1)} s.`);
		fresh.push({ edition, outDir, key });
		built.push({ edition, outDir, placing: 'move' });
	}
	// Each freshly built edition's handreiking as a PDF, made from its pages, in one Chromium after
	// the last Astro build: neither the browser (≈220 MB in three processes) nor the code that drives
	// it is in memory beside an Astro build. Editions built before one that failed are printed and
	// kept all the same, so the next build takes them from the cache.
	if (fresh.length > 0) {
		const { handreikingPrinter, printHandreiking } = await import('./lib/handreiking-pdf.ts');
		const printer = handreikingPrinter();
		try {
			for (const { edition, outDir, key } of fresh) {
				const printed = await printHandreiking(printer, outDir, edition);
				// On the git host (CI) a site without its PDFs is not published: the list of versions links to them.
				if (!printed && process.env.CI) {
					process.exitCode = 1;
					break;
				}
				// A published version goes into the cache and is linked from there; the working version is moved.
				if (key) built[built.findIndex((done) => done.edition === edition)] = { edition, outDir: keepEdition(cacheFolder, key, outDir), placing: 'link' };
			}
		} finally {
			await printer.close();
		}
	}
	if (built.length === editions.length && !process.exitCode) {
		rmSync(siteDir, { recursive: true, force: true });
		const handbookTitle = readOrganisation(contentRoot).data!.handbookTitle;
		const { pages, removed, forwards } = assembleSite(built, siteDir, handbookTitle);
		pruneEditions(cacheFolder, cacheKeys.values());
		console.log(
			`\nDe site staat in ${values.outDir}: ${editions.length} edities, ${pages} pagina's, ${removed} pagina's die zeggen dat een latere versie een pagina niet meer heeft, ${forwards} doorverwijzingen van /versies/${editions.find((edition) => edition.newest)?.id ?? '…'}/.`,
		);
	}
} finally {
	rmSync(workDir, { recursive: true, force: true });
}
