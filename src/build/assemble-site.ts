import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { versionPath, type Edition } from '../lib/edition.ts';
import { samePageIn } from '../lib/edition-links.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { editionSwitchTexts, inEdition } from '../lib/labels.ts';
import { fillMissingPage, missingPageBody, missingPageTemplate, type MissingPage } from '../lib/versions/missing-page.ts';
import { isSiteWide } from '../lib/paths.ts';
import { placeFiles, type Placing } from './place-files.ts';
import { pageManifestFile, readPageManifest } from './page-manifest.ts';

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

/**
 * Puts the editions into one site: the edition at / first, then each other edition under its base.
 * The version switcher on every page links to the same path in every other edition. Where an
 * edition lacks a page another has (a rule added later), a small page says so, names the page and
 * links to the nearest page that edition does have: the reader is never left at a 404, and never
 * moved elsewhere without being told. The newest version, served at /, is also reachable at its
 * own address /versies/<number>/, which stays valid once a newer version takes its place; those
 * addresses forward at once, because they show the very same page.
 */
export function assembleSite(editions: BuiltEdition[], siteDir: string, handbookTitle: string): { pages: number; forwards: number } {
	const ordered = [...editions].sort((a, b) => a.edition.path.length - b.edition.path.length);
	// Read before the files are placed: a moved edition's own folder is gone afterwards.
	const pagesByEdition = new Map(ordered.map((built) => [built, readPageManifest(built.outDir)]));
	const everyPath = new Set([...pagesByEdition.values()].flatMap((pages) => [...pages.keys()]).filter((path) => !isSiteWide(path)));
	/** A page's title, from the first edition that has the page. */
	const titleOf = (path: string, among = ordered) => pagesByEdition.get(among.find((candidate) => pagesByEdition.get(candidate)!.has(path))!)!.get(path)!;
	let forwards = 0;

	for (const built of ordered) {
		placeFiles(built.outDir, join(siteDir, built.edition.path), built.placing ?? 'copy');
		rmSync(join(siteDir, built.edition.path, pageManifestFile));
	}
	/** Writes a page at a path within the site, unless an edition has a page there. */
	const write = (from: string, html: string) => {
		const file = join(siteDir, from, 'index.html');
		if (existsSync(file)) return;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html);
		forwards++;
	};
	const templateOf = (built: BuiltEdition) => join(siteDir, built.edition.path, missingPageTemplate.path, 'index.html');
	for (const built of ordered) {
		const pages = pagesByEdition.get(built)!;
		// An edition built before the template existed (or in a test) gets the plain page instead.
		const template = existsSync(templateOf(built)) ? readFileSync(templateOf(built), 'utf8') : undefined;
		for (const path of everyPath) {
			if (pages.has(path)) continue;
			const nearest = nearestPage(path, pages);
			const page: MissingPage = {
				heading: editionSwitchTexts.missing(titleOf(path), built.edition),
				nearest: { href: samePageIn(built.edition, nearest), text: editionSwitchTexts.goTo(titleOf(nearest, [built]), built.edition) },
				elsewhere: ordered.filter((other) => other !== built && pagesByEdition.get(other)!.has(path)).map((other) => ({ href: samePageIn(other.edition, path), name: inEdition(other.edition) })),
				path,
			};
			write(samePageIn({ base: built.edition.path }, path), template ? fillMissingPage(template, page) : missingPage(page, handbookTitle));
		}
		if (built.edition.newest) {
			for (const path of everyPath) write(samePageIn({ base: versionPath(built.edition.id) }, path), forwardPage(samePageIn(built.edition, nearestPage(path, pages)), editionSwitchTexts.newestAt(built.edition), handbookTitle));
		}
	}
	for (const built of ordered) rmSync(dirname(templateOf(built)), { recursive: true, force: true });
	const pages = [...pagesByEdition.values()].reduce((sum, set) => sum + set.size, 0);
	return { pages, forwards };
}

/** The frame of the small pages the site adds: Dutch, readable on a phone, never in the search index. */
function smallPage(title: string, head: string, main: string, handbookTitle: string): string {
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${head}<title>${escapeHtml(title)} | ${escapeHtml(handbookTitle)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body data-handbook-forward>
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
