import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltEdition } from './assemble-site.ts';
import { placeFiles } from './place-files.ts';
import { pageManifestFile, readPageManifest } from './page-manifest.ts';

/** The editions already in the site, each with its pages (path → title) as its manifest listed them. */
export type PlacedEditions = Map<BuiltEdition, Map<string, string>>;

/**
 * Places the files of each edition not placed yet in the site, under its base, and notes its pages.
 * Apart from the assembly's other work (src/build/assemble-site.ts) and what that imports, so the
 * build can place a kept version while Astro builds the next edition.
 */
export function placeEditions(editions: BuiltEdition[], siteDir: string, placed: PlacedEditions): void {
	// The edition at / first: a moved edition then lands where nothing is yet.
	for (const built of editions.filter((edition) => !placed.has(edition)).sort((a, b) => a.edition.path.length - b.edition.path.length)) {
		// Read before the files are placed: a moved edition's own folder is gone afterwards.
		placed.set(built, readPageManifest(built.outDir));
		placeFiles(built.outDir, join(siteDir, built.edition.path), built.placing ?? 'copy');
		rmSync(join(siteDir, built.edition.path, pageManifestFile));
	}
}
