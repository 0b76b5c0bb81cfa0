// Writes the handreiking of every edition of the built site (dist/, or --outDir) as a tagged PDF,
// named with its version (handreiking-sociale-norm-0.1.pdf), beside the edition's pages. The build
// makes them too; this makes any that are missing (a build without Chromium) and the working
// version's again. A published version's PDF is frozen with its pages: made once, kept in the
// edition cache (src/build/edition-cache.ts) while nothing it is built from changes, never made
// again from later content.
// Usage: npm run pdf [-- --outDir <folder>] [-- --base /de-sociale-norm/]
import { copyFileSync, existsSync, linkSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedEdition, editionCacheFolder, editionCacheKeys } from '../src/build/edition-cache.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { readOrganisation } from '../src/lib/content/load-handbook.ts';
import { readEditions } from '../src/lib/edition.ts';
import { paths } from '../src/lib/paths.ts';
import { basePathOrExit } from './lib/base-path-or-exit.ts';
import { handreikingPdfFile, handreikingPrinter, printHandreiking } from './lib/handreiking-pdf.ts';

const projectRoot = resolve(import.meta.dirname, '..');
// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, base: { type: 'string' } } });
const { site } = readOrganisation(contentRoot).data ?? {};
const { basePath } = basePathOrExit({ option: values.base, environment: process.env.HANDBOOK_BASE_PATH, site });
const siteDir = resolve(values.outDir!);
const editions = readEditions(contentRoot, { basePath });
const missing = editions.filter((edition) => !existsSync(join(siteDir, edition.path, paths.handreiking, 'index.html')));
if (missing.length > 0) {
	console.error(`In ${values.outDir} staat geen handreiking van ${missing.map((edition) => edition.name.toLowerCase()).join(', ')}. Bouw eerst de site: npm run build`);
	process.exit(1);
}

/** Puts a kept PDF in the site: a hard link, as the build places a cached edition's files. */
function place(from: string, to: string) {
	rmSync(to, { force: true });
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

const cacheFolder = editionCacheFolder(projectRoot, contentRoot);
const cacheKeys = editionCacheKeys({ projectRoot, contentRoot, editions });
const printer = handreikingPrinter(site);
let failed = 0;
try {
	for (const edition of editions) {
		const folder = join(siteDir, edition.path);
		const inSite = handreikingPdfFile(folder, edition);
		const key = cacheKeys.get(edition.id);
		const kept = key && cachedEdition(cacheFolder, key);
		const inCache = kept ? handreikingPdfFile(kept, edition) : undefined;
		const shown = relative(process.cwd(), inSite);
		if (inCache && existsSync(inCache)) {
			if (!existsSync(inSite)) place(inCache, inSite);
			console.log(`${edition.name}: ${shown} is bevroren met de pagina's van de versie (uit de cache), niet opnieuw gemaakt.`);
			continue;
		}
		if (edition.published && existsSync(inSite)) {
			console.log(`${edition.name}: ${shown} staat er al, niet opnieuw gemaakt.`);
			continue;
		}
		if (!(await printHandreiking(printer, folder, edition))) {
			failed++;
			continue;
		}
		// Kept with the version's pages, so the next build and the next run find it.
		if (inCache) copyFileSync(inSite, inCache);
		console.log(`${edition.name}: ${shown} is gemaakt.`);
	}
} finally {
	await printer.close();
}
if (failed > 0) {
	console.error(`${failed} van de ${editions.length} pdf's ${failed === 1 ? 'is' : 'zijn'} niet gemaakt.`);
	process.exit(1);
}
console.log(`De handreiking van ${editions.length} ${editions.length === 1 ? 'editie' : 'edities'} staat als pdf in ${values.outDir} (${editions.map((edition) => basename(paths.handreikingPdf(edition.id))).join(', ')}).`);
