import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { versionBase, type Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import { escapeHtml } from '../escape-html.ts';
import { editionSwitchTexts } from '../labels.ts';
import { isSiteWide } from '../routes.ts';

/** One edition as built by Astro into a folder of its own. */
export interface BuiltEdition {
	edition: Edition;
	outDir: string;
}

/**
 * The pages of a built edition, as paths within the edition ("/gedragscode/omgaan-met-anderen/"):
 * every folder holding an index.html.
 */
export function pagesOf(outDir: string): Set<string> {
	const pages = new Set<string>();
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
		if (file !== 'index.html' && !file.endsWith(`${sep}index.html`)) continue;
		const folder = dirname(file);
		pages.add(folder === '.' ? '/' : `/${folder.split(sep).join('/')}/`);
	}
	return pages;
}

/** The page itself when the edition has it, else the nearest page above it: never a dead end. */
export function nearestPage(path: string, pages: Set<string>): string {
	let candidate = path;
	while (!pages.has(candidate) && candidate !== '/') candidate = candidate.replace(/[^/]+\/$/, '');
	return candidate;
}

/**
 * Puts the editions into one site: the edition at / first, then each other edition under its base.
 * The version switcher on every page links to the same path in every other edition, so where an
 * edition lacks a page that another has (a rule added later), a small page sends the reader on to
 * the nearest page the edition does have. The newest version, served at /, is also reachable at
 * its own address /versies/<number>/, which stays valid once a newer version takes its place.
 */
export function assembleSite(editions: BuiltEdition[], siteDir: string, handbookTitle: string): { pages: number; forwards: number } {
	const ordered = [...editions].sort((a, b) => a.edition.base.length - b.edition.base.length);
	const pagesByEdition = new Map(ordered.map((built) => [built, pagesOf(built.outDir)]));
	const everyPath = new Set([...pagesByEdition.values()].flatMap((pages) => [...pages]).filter((path) => !isSiteWide(path)));
	let forwards = 0;

	for (const built of ordered) {
		cpSync(built.outDir, join(siteDir, built.edition.base), { recursive: true });
	}
	const forward = (from: string, to: string, heading: string) => {
		const file = join(siteDir, from, 'index.html');
		if (existsSync(file)) return;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, forwardPage(to, heading, handbookTitle));
		forwards++;
	};
	for (const built of ordered) {
		const pages = pagesByEdition.get(built)!;
		for (const path of everyPath) {
			if (!pages.has(path)) forward(samePageIn(built.edition, path), samePageIn(built.edition, nearestPage(path, pages)), editionSwitchTexts.missing(built.edition));
		}
		if (built.edition.newest) {
			for (const path of everyPath) forward(samePageIn({ base: versionBase(built.edition.id) }, path), nearestPage(path, pages), editionSwitchTexts.newestAt(built.edition));
		}
	}
	const pages = [...pagesByEdition.values()].reduce((sum, set) => sum + set.size, 0);
	return { pages, forwards };
}

/** A page that sends the reader on at once, and says where to if the browser does not. */
function forwardPage(to: string, heading: string, handbookTitle: string): string {
	const href = escapeHtml(to);
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
<title>${escapeHtml(heading)} | ${escapeHtml(handbookTitle)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
<p><a href="${href}">${escapeHtml(editionSwitchTexts.goOn)}</a></p>
</main>
</body>
</html>
`;
}

