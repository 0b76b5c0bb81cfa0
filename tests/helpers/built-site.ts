import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { distDir } from './astro.ts';

/** The file built for a route such as /gedragscode/ (or /404.html, /wat-is-er-nieuw.xml); in the handbook's own build unless another is named. */
export function builtFile(route: string, dist = distDir): string {
	return join(dist, /\.\w+$/.test(route) ? route : join(route, 'index.html'));
}

/** The built page at a route such as /gedragscode/ (or /404.html), as a DOM document; from the handbook's own build unless another is named. */
export function readPage(route: string, dist = distDir): Document {
	const html = readFileSync(builtFile(route, dist), 'utf8');
	return parseHTML(html).document as unknown as Document;
}

/** The small pages the build adds that send the reader on to another page (src/build/assemble-site.ts). */
export const isForwardingPage = (html: string) => /<html[^>]*\sdata-handbook-forward[\s>]/.test(html);

/** Each edition's one page that says a page is not in it (src/pages/niet-in-deze-versie.astro): not a page of the handbook's own. */
export const missingPageRoute = '/niet-in-deze-versie/';

/** Where such a page sends the reader: at once (a refresh), or by its link to the nearest page the version has. */
export function forwardTarget(html: string): string | undefined {
	if (!isForwardingPage(html)) return undefined;
	return (/http-equiv="refresh" content="0; url=([^"]+)"/.exec(html) ?? /<a href="([^"]+)" data-handbook-nearest>/.exec(html))?.[1];
}

/**
 * Every page of one edition, as a route: by default the edition readers land on, at /; with
 * `edition` the one under that base, such as '/werkversie/'. Pages that only forward, and the page
 * that says a page is not in this version, are left out.
 */
export function builtRoutes(dist = distDir, edition = '/'): string[] {
	const otherEditions = /^(werkversie|versies\/\d+\.\d+)\//;
	return listFiles(join(dist, edition))
		.filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind') && file !== `${missingPageRoute.slice(1)}index.html` && (edition !== '/' || !otherEditions.test(file)))
		.filter((file) => !isForwardingPage(readFileSync(join(dist, edition, file), 'utf8')))
		.map((file) => `${edition}${file.slice(0, -'index.html'.length)}`);
}

/** Every page of every edition in the build: the one at /, the working version and each older version. */
export function everyEditionsRoutes(dist = distDir): string[] {
	const older = existsSync(join(dist, 'versies')) ? listFiles(join(dist, 'versies')).filter((file) => /^\d+\.\d+\/index\.html$/.test(file)) : [];
	const bases = ['/', ...(existsSync(join(dist, 'werkversie')) ? ['/werkversie/'] : []), ...older.map((file) => `/versies/${file.slice(0, -'index.html'.length)}`)];
	return bases.flatMap((base) => builtRoutes(dist, base));
}

/**
 * Every page a reader can land on, as a URL path: the pages of the edition at /, the page for a
 * missing address, the page that says a page is not in this version (as it shows without JavaScript), and — where the build has it — the working version's pages that differ from a
 * published version's: its home, a rule with its banner, what changed, its handreiking, and a
 * conversation card, a set of them and Voor de teamsessie with the questions the published version
 * does not have yet.
 */
export function everyBuiltPage(dist = distDir): string[] {
	const working = ['/werkversie/', '/werkversie/wijzigingen/', '/werkversie/gedragscode/omgaan-met-anderen/niet-pesten/', '/werkversie/handreiking/', '/werkversie/kaarten/niet-pesten/', '/werkversie/teamsessie/', '/werkversie/teamsessie/gedragscode/omgaan-met-anderen/'].filter((route) => existsSync(builtFile(route, dist)));
	return [...builtRoutes(dist), '/404.html', missingPageRoute, ...working];
}

/** Visible text of an element with whitespace collapsed, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
