import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingPageTemplate } from '../lib/versions/missing-page.ts';

/** One page of a built edition, as the site assembly needs it. */
export interface ManifestPage {
	/** Its path within the edition, such as /gedragscode/omgaan-met-anderen/. */
	path: string;
	/** Its title without the handbook's name, as readers see it in the tab and the heading. */
	title: string;
}

/** The file each edition's build writes at the root of its output; the assembly removes it from the site. */
export const pageManifestFile = 'handbook-pages.json';

/**
 * Writes the manifest of an edition's pages when Astro has built them: every page Astro reports
 * that is a page of the handbook (an index.html of its own; not 404.html, the feed or robots.txt,
 * nor the template of missing pages), with its title. Starlight composes the title from the
 * frontmatter or the `title` of <StarlightPage> and hands it to no integration, so it is read once
 * here from the <title> Starlight just wrote, in the build that wrote it, and never again from HTML.
 */
export function pageManifest(): AstroIntegration {
	return {
		name: 'handbook:page-manifest',
		hooks: {
			'astro:build:done': ({ pages, dir }) => {
				const outDir = fileURLToPath(dir);
				writePageManifest(outDir, pagesBuilt(outDir, pages.map(({ pathname }) => pathname)));
			},
		},
	};
}

/** The handbook's pages among the pathnames Astro built ('' is the home page, 'begrippen/' a page). */
export function pagesBuilt(outDir: string, pathnames: string[]): ManifestPage[] {
	const pages: ManifestPage[] = [];
	for (const pathname of pathnames) {
		const path = `/${pathname}`.replace(/\/?$/, '/').replace(/^\/\/$/, '/');
		if (path === missingPageTemplate.path) continue;
		const file = join(outDir, path, 'index.html');
		if (!existsSync(file)) continue;
		pages.push({ path, title: titleIn(headOf(file), path) });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The start of a page up to its </title>, read in small pieces: reading every page whole at the end
 * of a 5,000-page build left some 200 MB of strings for the collector and raised the build's peak memory.
 */
function headOf(file: string): string {
	const fd = openSync(file, 'r');
	try {
		let head = Buffer.alloc(0);
		const piece = Buffer.alloc(8192);
		for (let read; !head.includes('</title>') && (read = readSync(fd, piece)) > 0; ) head = Buffer.concat([head, piece.subarray(0, read)]);
		return head.toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/** A page's title as its <title> gives it, without the handbook's name after the last '|'. */
function titleIn(html: string, path: string): string {
	return decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? path).replace(/ \| [^|]*$/, '');
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export function writePageManifest(outDir: string, pages: ManifestPage[]): void {
	writeFileSync(join(outDir, pageManifestFile), `${JSON.stringify({ pages }, null, '\t')}\n`);
}

/** The pages of a built edition, by path; an edition built without the manifest is an error of the build, said plainly. */
export function readPageManifest(outDir: string): Map<string, string> {
	const file = join(outDir, pageManifestFile);
	if (!existsSync(file)) throw new Error(`${file} ontbreekt: de editie is niet gebouwd met de integratie pageManifest() uit src/build/page-manifest.ts.`);
	const { pages } = JSON.parse(readFileSync(file, 'utf8')) as { pages: ManifestPage[] };
	return new Map(pages.map(({ path, title }) => [path, title]));
}

export function writeServedPaths(file: string, served: Map<string, Set<string>>): void {
	writeFileSync(file, JSON.stringify(Object.fromEntries([...served].map(([id, paths]) => [id, [...paths]]))));
}

/** The addresses the editions built before serve, by edition id; none when no file is named (Astro run on its own). */
export function readServedPaths(file: string | undefined): Record<string, string[]> | undefined {
	return file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : undefined;
}
