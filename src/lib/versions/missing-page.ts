import type { Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import { escapeHtml } from '../escape-html.ts';
import { editionSwitchTexts } from '../labels.ts';

/**
 * Where a version lacks a page another edition has, the reader is never left at a 404, and the
 * build does not write a page per page per version. Each edition has ONE page "staat niet in deze
 * versie" (src/pages/niet-in-deze-versie.astro), reached with the path of the page as
 * ?pagina=/gedragscode/thema/regel/. Without JavaScript it is a plain list of this edition's main
 * entrances and the other versions; with JavaScript it reads the path and says which page is
 * missing, which versions do have it and the nearest page this edition has.
 *
 * The version switcher links there only where it knows the edition lacks the page: each edition is
 * built after the older ones, so it knows their addresses (servedPaths). A newer edition is not
 * known yet, but it always has the page or a page of its own that says so: the site assembly
 * (assemble-site.ts) gives every edition such a page for each page an older version has and this
 * one lacks (a page removed later, so their number grows with removals, not with pages × versions).
 * It fills them in from the one page, so they look like every other page.
 */
export const missingPageTemplate = {
	/** Its path within an edition. */
	path: '/niet-in-deze-versie/',
	/** The query parameter that names the missing page's path within the edition. */
	parameter: 'pagina',
};

/** The one page of an edition that says a page is not in it, for the page at `path` within the edition. */
export const missingPageAddress = (edition: Pick<Edition, 'base'>, path: string) => `${samePageIn(edition, missingPageTemplate.path)}?${missingPageTemplate.parameter}=${path}`;

/**
 * The path a reader asked for with ?pagina=, if it is one: a path within the edition such as
 * /gedragscode/thema/regel/, never an address elsewhere. Anything else is ignored.
 */
export function wantedPath(value: string | null): string | undefined {
	if (!value || !/^\/([\w.-]+\/)*[\w.-]*$/.test(value) || /(^|\/)\.\.?(\/|$)/.test(value)) return undefined;
	return value;
}

/**
 * For the 404 page, which the host serves at every address it has no page for: the one page that
 * says so, of the edition the address belongs to (the one with the longest base that starts it;
 * the newest version also at its own address /versies/<number>/). Nothing for an address outside
 * every edition, the one page itself or the 404 page's own file.
 */
export function missingPageFor(pathname: string, editions: { base: string; alias?: string }[]): string | undefined {
	const starts = editions.flatMap((edition) => [edition.base, edition.alias ?? ''].filter((prefix) => prefix && pathname.startsWith(prefix)).map((prefix) => ({ edition, prefix })));
	const best = starts.sort((a, b) => b.prefix.length - a.prefix.length)[0];
	if (!best) return undefined;
	const path = `/${pathname.slice(best.prefix.length)}`;
	// The 404 page opened at its own file (/404.html) is itself, not a page a reader looked for.
	if (path.startsWith(missingPageTemplate.path) || path === '/404.html' || !wantedPath(path)) return undefined;
	return missingPageAddress(best.edition, path);
}

/**
 * Where the version switcher leads from the page at `path` to `edition`: the same page, unless the
 * build knows that edition's addresses (`served`, see servedPaths) and the page is not among them;
 * then that edition's one page that says so.
 */
export function samePlaceIn(edition: Pick<Edition, 'base'>, path: string, served?: ReadonlySet<string>): string {
	return served && !served.has(path) ? missingPageAddress(edition, path) : samePageIn(edition, path);
}

/**
 * The addresses each edition serves, oldest first: its own pages, and the pages of every older
 * edition it lacks (the assembly writes a page there that says so). `pages` lists each edition's
 * own pages in the order of the editions.
 */
export function servedPaths(pages: [id: string, paths: Iterable<string>][]): Map<string, Set<string>> {
	const served = new Map<string, Set<string>>();
	let older = new Set<string>();
	for (const [id, paths] of pages) {
		older = new Set([...older, ...paths]);
		served.set(id, older);
	}
	return served;
}

/** What to fill in: what is missing, the nearest page this edition has, and the editions that have the page. */
export interface MissingPage {
	heading: string;
	nearest: { href: string; text: string };
	elsewhere: { href: string; name: string }[];
	/** The missing page's path within the edition, such as /gedragscode/thema/regel/. */
	path: string;
}

/** The body of the page: where the page does exist (or that no version has it), and the nearest page here. */
export function missingPageBody({ nearest, elsewhere }: MissingPage): string {
	const links = elsewhere.map(({ href, name }) => `<a href="${escapeHtml(href)}">${escapeHtml(name)}</a>`);
	const where = links.length > 0 ? `Deze pagina staat wel in ${links.length === 1 ? links[0] : `${links.slice(0, -1).join(', ')} en ${links.at(-1)}`}.` : escapeHtml(editionSwitchTexts.nowhere);
	return `<p>${where}</p>\n<p><a href="${escapeHtml(nearest.href)}" data-handbook-nearest>${escapeHtml(nearest.text)}</a></p>`;
}

/** The element of the one page whose text says what is missing; filled in by the assembly or the page's script. */
export const missingDetails = /<div data-handbook-missing-details[^>]*>[\s\S]*?<\/div>/;
/** The one page's own address in its head (canonical link, og:url), which becomes the filled-in page's. */
const ownAddress = new RegExp(`((?:href|content)="[^"]*)${missingPageTemplate.path.slice(1)}"`, 'g');
/** A link of the version switcher to another edition, which names that edition. */
const switcherLink = /<a href="[^"]*" data-handbook-edition="([^"]+)"/g;

/**
 * A page made from an edition's one page for a page it lacks at `page.path`: its heading and text
 * filled in, its own address in place of the one page's, and the version switcher's link to each
 * edition pointed at `switchTo(edition id)`. It is marked as a page that only sends the reader on.
 */
export function fillMissingPage(template: string, generic: string, page: MissingPage, switchTo: (editionId: string) => string): string {
	if (!missingDetails.test(template) || !template.includes(escapeHtml(generic))) throw new Error('De pagina “staat niet in deze versie” mist haar kop of tekst; zie src/pages/niet-in-deze-versie.astro.');
	return template
		.replace(missingDetails, `<div data-handbook-missing-details>${missingPageBody(page)}</div>`)
		.replaceAll(escapeHtml(generic), escapeHtml(page.heading))
		.replace(ownAddress, `$1${page.path.slice(1)}"`)
		.replace(switcherLink, (_, id: string) => `<a href="${escapeHtml(switchTo(id))}" data-handbook-edition="${id}"`)
		.replace(/<html(?=[\s>])/, '<html data-handbook-forward');
}
