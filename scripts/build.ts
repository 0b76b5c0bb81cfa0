// Builds the handbook: every published version and the working version, each with Astro into a
// folder of its own, then put together into one site in dist/ (or --outDir). A published version
// whose pages were built before from the same files, settings and code is taken from the cache.
// A small edition shares its Astro process with the next one (src/build/astro-runs.ts says why).
// The site is built for its base path (src/lib/base-path.ts): --base, else HANDBOOK_BASE_PATH (the
// Pages workflow sets it), else the path of `site` in organisation.yaml, else /.
// --zonder-cache: no edition, check, rendered body, page or PDF is taken from a cache (as on a git
// host without one); what the build makes is stored all the same.
// Usage: npm run build [-- --outDir <folder>] [-- --base /de-sociale-norm/] [-- --zonder-cache]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Edition } from '../src/lib/edition.ts';
import type { BuildPlan } from '../src/build/build-plan.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import type { BuiltEdition } from '../src/build/assemble-site.ts';
import { placeEditions, type PlacedEditions } from '../src/build/place-editions.ts';
import { pageManifestFile } from '../src/build/page-manifest.ts';
import { buildSteps, editionHeading } from '../src/build/astro-runs.ts';
import type { EditionsJob } from './lib/build-editions.ts';
import { cachedEdition, editionCacheFolder, keepEdition, pruneEditions } from '../src/build/edition-cache.ts';
import { forgetRenderedPages, keepAstroCaches } from '../src/build/astro-cache.ts';
import { pageCacheSeedVariable, servedPathsVariable, versionsVerifiedVariable } from '../src/build/edition-variables.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, base: { type: 'string' }, 'zonder-cache': { type: 'boolean', default: false } } });
const siteDir = resolve(values.outDir!);
// One work folder per content folder, the same at every build: Astro keeps each page it rendered
// with a hash of the code it was rendered by (experimental.incrementalBuild in astro.config.mjs),
// and that code names the folder Astro builds into. Two builds of the same content at once share
// Astro's content store already, so they never ran side by side.
const workDir = join(projectRoot, 'node_modules', `.handbook-build-${createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 16)}`);
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

// The base path, the published versions verified, the editions and their cache keys: worked out in a
// process of its own, which says what it chose (or why the build stops) and ends before any edition
// is built (scripts/lib/plan-build.ts says why).
const planFile = join(workDir, 'plan.json');
// With Node's compile cache, as npm run check has it (scripts/check-content.mjs): the plan's modules
// are then neither stripped of their types nor compiled again, about 0.15 s of every build.
const compileCache = join(projectRoot, 'node_modules', '.cache', 'handbook-node-compile');
const planning = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'lib', 'plan-build.ts'), '--plan', planFile, ...(values.base === undefined ? [] : ['--base', values.base])], {
	cwd: projectRoot,
	stdio: 'inherit',
	env: { ...process.env, NODE_COMPILE_CACHE: compileCache },
});
if (planning.status !== 0) {
	rmSync(workDir, { recursive: true, force: true });
	process.exit(planning.status ?? 1);
}
const { basePath, editions, cacheKeys, pageCacheSeed, heapLimits, contentFiles, handbookTitle, site } = JSON.parse(readFileSync(planFile, 'utf8')) as BuildPlan & { basePath: string };

// The oldest version first and the working version last: each build learns which addresses the
// editions before it serve, so its version switcher can lead to an older version's page "staat niet
// in deze versie" where that version lacks a page (src/lib/versions/missing-page.ts). The published
// versions usually come from the cache; `npm run check` finds a mistake in the working version first.
const cacheFolder = editionCacheFolder(projectRoot, contentRoot);
// Without caches, the content loader of each edition finds no check or rendered body stored
// before, and stores what it makes (src/lib/content/check-cache.ts).
if (values['zonder-cache']) {
	const { buildCheckScopes, forgetCheckCache } = await import('../src/lib/content/check-cache.ts');
	for (const edition of editions) for (const scope of Object.values(buildCheckScopes(edition.contentFolder))) forgetCheckCache({ scope });
}
const built: BuiltEdition[] = [];
/** Where each build reads which addresses the editions built before it serve. */
const servedFile = join(workDir, 'served-paths.json');
/** Editions built by Astro in this run, printed once every Astro build is done, then kept or moved. */
const fresh: { edition: Edition; outDir: string; key?: string }[] = [];
// The site is put together in the work folder and takes the place of the old one only when every
// edition is built: a failed build leaves the site as it was. A kept version's files are placed
// there while Astro builds the next edition, instead of after the last one (≈1 s per 5,000-page version).
const assembling = join(workDir, 'site');
const placed: PlacedEditions = new Map();
const kept = (edition: Edition) => {
	const key = cacheKeys[edition.id];
	return key && !values['zonder-cache'] ? cachedEdition(cacheFolder, key) : undefined;
};
try {
	for (const step of buildSteps(editions, kept, { contentFiles, heapLimits })) {
		if (step.kind === 'cached') {
			console.log(`\n${editionHeading(step.edition, true)}`);
			built.push({ edition: step.edition, outDir: step.outDir, placing: 'link' });
			continue;
		}
		const job: EditionsJob = {
			editions: step.editions.map((edition) => ({ edition, outDir: join(workDir, edition.id) })),
			before: built.map(({ edition, outDir }) => [edition.id, outDir]),
			servedFile,
			withoutCache: values['zonder-cache']!,
		};
		const jobFile = join(workDir, 'editions-job.json');
		writeFileSync(jobFile, JSON.stringify(job));
		// The young generation of every thread's heap (the content check's worker too) at 16 MB a
		// semi-space instead of Node's default for a heap this size: at 5,000 interpretations the
		// edition's Astro process then peaks some 250 MB lower, in the same time (measured: 3 builds each).
		// Vite's bundler (Rolldown, in Rust with the mimalloc allocator) by default commits its memory
		// in large blocks ahead of use and keeps what it freed for a while; the Astro process then
		// renders every page with all of it still held. Committed as used and given back at once, the
		// build at 5,000 interpretations peaks some 250 MB lower (measured: warm builds, 1,187-1,198 MiB
		// before, 1,061-1,091 with the purge alone, 943 with both), its bundling no slower.
		const astro = spawn(process.execPath, [`--max-old-space-size=${step.heapLimit}`, '--max-semi-space-size=16', join(projectRoot, 'scripts', 'lib', 'build-editions.ts'), jobFile], {
			cwd: projectRoot,
			stdio: 'inherit',
			env: {
				...process.env,
				HANDBOOK_BASE_PATH: basePath,
				[versionsVerifiedVariable]: '1',
				[servedPathsVariable]: servedFile,
				[pageCacheSeedVariable]: pageCacheSeed,
				ASTRO_TELEMETRY_DISABLED: '1',
				MIMALLOC_PURGE_DELAY: '0',
				MIMALLOC_ARENA_EAGER_COMMIT: '0',
			},
		});
		const exited = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
		placeEditions(built.filter((done) => done.placing === 'link'), assembling, placed);
		const status = await exited;
		// Each edition Astro finished (its list of pages is written last) gets its search index, also
		// those before one that failed: they are printed and kept below, for the next build's cache.
		const finished = job.editions.filter(({ outDir }) => existsSync(join(outDir, pageManifestFile)));
		for (const { edition, outDir } of finished) {
			const indexing = performance.now();
			const { pages } = await buildSearchIndex(outDir);
			console.log(`Zoekindex van ${edition.name.toLowerCase()}: ${pages} pagina's in ${((performance.now() - indexing) / 1000).toFixed(1)} s.`);
			fresh.push({ edition, outDir, key: cacheKeys[edition.id] });
			built.push({ edition, outDir, placing: 'move' });
		}
		if (status !== 0) {
			// Astro keeps each page it rendered before it saves which key each belongs to: after a
			// failed build its list would name pages that were overwritten meanwhile (src/build/astro-cache.ts).
			for (const { edition } of job.editions.slice(finished.length)) forgetRenderedPages(projectRoot, edition);
			console.error(`\n${job.editions[finished.length]?.edition.name ?? 'Een editie'} kon niet worden gebouwd; de site is niet bijgewerkt.`);
			process.exitCode = status;
			break;
		}
	}
	// Each freshly built edition's handreiking as a PDF, made from its pages, in one Chromium after
	// the last Astro build: neither the browser (≈220 MB in three processes) nor the code that drives
	// it is in memory beside an Astro build. Not while Pagefind indexes either: Pagefind keeps both
	// cores busy, and printing beside it saved no time (measured at 100 to 5,000 interpretations) but
	// raised the build's peak by some 70 MB. Editions built before one that failed are printed and
	// kept all the same, so the next build takes them from the cache.
	if (fresh.length > 0) {
		const { handreikingPrinter, printHandreiking } = await import('./lib/handreiking-pdf.ts');
		const { handreikingPdfCache } = await import('../src/build/pdf-cache.ts');
		const printer = handreikingPrinter(site);
		try {
			for (const { edition, outDir, key } of fresh) {
				const pdfCache = handreikingPdfCache({ projectRoot, seed: pageCacheSeed, folder: outDir, edition, reuse: !values['zonder-cache'] });
				const printed = await printHandreiking(printer, outDir, edition, pdfCache);
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
		// Imported only now: with what it imports (edition.ts brings the published versions' reader,
		// yaml and zod) it takes some 20 MB that would otherwise sit in this process beside every
		// edition's Astro build, which is when the build's memory peaks.
		const { assembleSite } = await import('../src/build/assemble-site.ts');
		const { pages, removed, forwards } = assembleSite(built, assembling, handbookTitle!, placed);
		rmSync(siteDir, { recursive: true, force: true });
		moveSite(assembling, siteDir);
		pruneEditions(cacheFolder, Object.values(cacheKeys));
		keepAstroCaches(projectRoot, editions);
		console.log(
			`\nDe site staat in ${values.outDir}: ${editions.length} edities, ${pages} pagina's, ${removed} pagina's die zeggen dat een latere versie een pagina niet meer heeft, ${forwards} doorverwijzingen van /versies/${editions.find((edition) => edition.newest)?.id ?? '…'}/.`,
		);
	}
} finally {
	rmSync(workDir, { recursive: true, force: true });
}

/** The site from the work folder to its own: renamed where both are on one disk, else copied. */
function moveSite(from: string, to: string): void {
	mkdirSync(dirname(to), { recursive: true });
	try {
		renameSync(from, to);
	} catch {
		cpSync(from, to, { recursive: true });
	}
}
