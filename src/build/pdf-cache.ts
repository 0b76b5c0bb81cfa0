import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../lib/edition.ts';
import { paths } from '../lib/paths.ts';

/**
 * The handreiking PDF of an edition Astro built, kept between builds: printed again only when the
 * handreiking's page changed, or what it is printed with. Most changes to the working version
 * (a proposal, an invented example) leave the handreiking as it was, and printing it takes a
 * Chromium and 1 to 2 s. A published version's PDF is kept with its pages (edition-cache.ts).
 */
export interface PdfCache {
	/** Puts the PDF kept for this handreiking at `file`, if there is one. */
	take(file: string): boolean;
	/** Keeps the PDF just printed at `file` for the next build. */
	keep(file: string): void;
}

/** The PDFs kept at most: one per edition and content folder is what a build uses; tests build several. */
const keptAtMost = 20;

/**
 * `seed`: the code (the printer's too), the settings and the versions' manifests, hashed
 * (BuildPlan.pageCacheSeed). With the page's HTML it is everything the PDF is made from: the page's
 * styles and scripts come from the code. `reuse: false` (`--zonder-cache`) only keeps.
 */
export function handreikingPdfCache({ projectRoot, seed, folder, edition, reuse }: { projectRoot: string; seed: string; folder: string; edition: Pick<Edition, 'id' | 'base'>; reuse: boolean }): PdfCache {
	const cacheFolder = join(projectRoot, 'node_modules', '.cache', 'handbook-pdf');
	const page = join(folder, paths.handreiking, 'index.html');
	const key = existsSync(page) && createHash('sha256').update(`${seed}\0${edition.id}\0${edition.base}\0`).update(readFileSync(page)).digest('hex').slice(0, 32);
	const kept = key && join(cacheFolder, `${key}.pdf`);
	return {
		take(file) {
			if (!reuse || !kept || !existsSync(kept)) return false;
			copyFileSync(kept, file);
			// Used now: the newest are the ones kept.
			const now = new Date();
			utimesSync(kept, now, now);
			return true;
		},
		keep(file) {
			if (!kept) return;
			mkdirSync(cacheFolder, { recursive: true });
			// Copied whole, then moved into place: a build never takes half a PDF.
			copyFileSync(file, `${kept}.part`);
			renameSync(`${kept}.part`, kept);
			const byAge = readdirSync(cacheFolder)
				.map((name) => join(cacheFolder, name))
				.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
			for (const old of byAge.slice(keptAtMost)) rmSync(old, { force: true });
		},
	};
}
