import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { versionPath, type Edition } from '../lib/edition.ts';
import { samePageIn } from '../lib/edition-links.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { editionSwitchTexts, inEdition } from '../lib/labels.ts';
import { fillMissingPage, missingPageBody, missingPageTemplate, samePlaceIn, servedPaths, type MissingPage } from '../lib/versions/missing-page.ts';
import { isSiteWide } from '../lib/paths.ts';
import type { Placing } from './place-files.ts';
import { placeEditions, type PlacedEditions } from './place-editions.ts';

/** One edition as built by Astro into a folder of its own. */
export interface BuiltEdition {
	edition: Edition;
	outDir: string;
	/** How its files reach the site: copied unless the build says they may be moved or linked. */
	placing?: Placing;
}

/** The page itself when the edition has it, else the nearest page above it: never a dead end. */
export function nearestPage(path: string, pages: { has(path: string): boolean }): string {
	let candidate = path;
	while (!pages.has(candidate) && candidate !== '/') candidate = candidate.replace(/[^/]+\/$/, '');
	return candidate;
}

/** What the assembly wrote besides the editions' own pages. */
export interface Assembled {
	/** The editions' own pages. */
	pages: number;
	/** Pages that say a page an older version has is not in this one (pages removed later). */
	removed: number;
	/** The newest version's pages at its own address /versies/<number>/, which forward to /. */
	forwards: number;
}

/**
 * Puts the editions, oldest first, into one site: the edition at / first, then each other edition
 * under its base. Each edition keeps its one page "staat niet in deze versie", to which the version
 * switcher leads where it knows an older edition lacks a page (src/lib/versions/missing-page.ts).
 * A newer edition is built without knowing the older ones' pages, so where an edition lacks a page
 * an older one has (removed later), this writes a page there, made from the edition's one page,
 * that says so, names the page, the versions that have it and the nearest page this one has: the
 * switcher never ends in a 404, and their number grows with removals, not with pages × versions.
 * The newest version, served at /, is also reachable at its own address /versies/<number>/, which
 * stays valid once a newer version takes its place; those addresses forward at once to the same
 * page (one per page of that version; any other address there is left to the 404 page's script).
 * `placed`: editions the build placed already (src/build/place-editions.ts).
 */
export function assembleSite(editions: BuiltEdition[], siteDir: string, handbookTitle: string, placed: PlacedEditions = new Map()): Assembled {
	placeEditions(editions, siteDir, placed);
	return writePagesBetween(editions, placed, siteDir, handbookTitle);
}

/** The pages that say a page is not in a version, and the forwards from the newest version's own address. */
function writePagesBetween(editions: BuiltEdition[], pagesByEdition: PlacedEditions, siteDir: string, handbookTitle: string): Assembled {
	const served = servedPaths(editions.map((built) => [built.edition.id, pagesByEdition.get(built)!.keys()]));
	/** A page's title, from the first edition that has the page. */
	const titleOf = (path: string, among = editions) => pagesByEdition.get(among.find((candidate) => pagesByEdition.get(candidate)!.has(path))!)!.get(path)!;
	let removed = 0;
	let forwards = 0;
	/** Writes a page at a path within the site, unless an edition has a page there. */
	const write = (from: string, html: string) => {
		const file = join(siteDir, from, 'index.html');
		if (existsSync(file)) return false;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html);
		return true;
	};
	for (const built of editions) {
		const { edition } = built;
		const pages = pagesByEdition.get(built)!;
		const onePage = join(siteDir, edition.path, missingPageTemplate.path, 'index.html');
		// An edition built without its one page (in a test) gets the plain page instead.
		const template = existsSync(onePage) ? readFileSync(onePage, 'utf8') : undefined;
		for (const path of served.get(edition.id)!) {
			if (pages.has(path) || isSiteWide(path)) continue;
			const page: MissingPage = {
				heading: editionSwitchTexts.missing(titleOf(path), edition),
				nearest: { href: samePageIn(edition, nearestPage(path, pages)), text: editionSwitchTexts.goTo(titleOf(nearestPage(path, pages), [built]), edition) },
				elsewhere: editions.filter((other) => other !== built && pagesByEdition.get(other)!.has(path)).map((other) => ({ href: samePageIn(other.edition, path), name: inEdition(other.edition) })),
				path,
			};
			const switchTo = (id: string) => {
				const other = editions.find((candidate) => candidate.edition.id === id)!.edition;
				return samePlaceIn(other, path, served.get(id));
			};
			if (write(samePageIn({ base: edition.path }, path), template ? fillMissingPage(template, editionSwitchTexts.notHere(edition), page, switchTo) : missingPage(page, handbookTitle))) removed++;
		}
		if (edition.newest) {
			for (const path of served.get(edition.id)!) {
				if (!isSiteWide(path) && write(samePageIn({ base: versionPath(edition.id) }, path), forwardPage(samePageIn(edition, path), editionSwitchTexts.newestAt(edition), handbookTitle))) forwards++;
			}
		}
	}
	const pages = editions.reduce((sum, built) => sum + pagesByEdition.get(built)!.size, 0);
	return { pages, removed, forwards };
}

/** The frame of the small pages the site adds: Dutch, readable on a phone, never in the search index. */
function smallPage(title: string, head: string, main: string, handbookTitle: string): string {
	return `<!doctype html>
<html lang="nl" data-handbook-forward>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${head}<title>${escapeHtml(title)} | ${escapeHtml(handbookTitle)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/** Where the version switcher lands when the chosen version lacks the page, without the edition's template: what is missing, where it is, and the nearest page there is. */
function missingPage(page: MissingPage, handbookTitle: string): string {
	return smallPage(page.heading, '', `<h1>${escapeHtml(page.heading)}</h1>\n${missingPageBody(page)}`, handbookTitle);
}

/** A page that sends the reader on at once to the same page, and says where to if the browser does not. */
function forwardPage(to: string, heading: string, handbookTitle: string): string {
	const href = escapeHtml(to);
	return smallPage(
		heading,
		`<meta http-equiv="refresh" content="0; url=${href}">\n<link rel="canonical" href="${href}">\n`,
		`<h1>${escapeHtml(heading)}</h1>\n<p><a href="${href}">${escapeHtml(editionSwitchTexts.goOn)}</a></p>`,
		handbookTitle,
	);
}
