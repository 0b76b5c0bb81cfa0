import { samePageIn } from '../edition-links.ts';
import { editionSwitchTexts, inEdition } from '../labels.ts';
import { missingPageAddress, missingPageBody, missingPageTemplate, wantedPath } from './missing-page.ts';

/**
 * The script of an edition's one page "staat niet in deze versie" (src/pages/niet-in-deze-versie.astro),
 * run in the browser: it reads which page was asked for (?pagina=), asks the site which editions
 * have that page and which page above it this edition has, and says so. The site is static, so it
 * asks the host itself: a page that exists answers 200, a missing one 404; only the first bytes of
 * an answer are read, up to the page's <title>, which names it.
 */

interface KnownEdition {
	id: string;
	name: string;
	published: boolean;
	base: string;
}

/** What the host serves at an address: a page of the handbook with its title, a page that only says a page is missing, or nothing. */
async function probe(address: string): Promise<{ page: boolean; title: string } | undefined> {
	const response = await fetch(address, { headers: { accept: 'text/html' } }).catch(() => undefined);
	if (!response?.ok || !response.body) return undefined;
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let head = '';
	while (!head.includes('</title>')) {
		const { done, value } = await reader.read();
		if (done) break;
		head += decoder.decode(value, { stream: true });
	}
	void reader.cancel();
	const title = new DOMParser().parseFromString(head, 'text/html').title.replace(/ \| [^|]*$/, '');
	return { page: !/<html[^>]*\sdata-handbook-forward[\s>]/.test(head), title };
}

/** The path one level up: /gedragscode/thema/regel/ → /gedragscode/thema/. */
const parentOf = (path: string) => path.replace(/[^/]+\/?$/, '');

export async function resolveMissingPage(details: HTMLElement): Promise<void> {
	const path = wantedPath(new URLSearchParams(location.search).get(missingPageTemplate.parameter));
	if (!path) return;
	const editions = JSON.parse(details.dataset.editions!) as KnownEdition[];
	const here = editions.find((edition) => edition.id === details.dataset.edition)!;
	const found = await Promise.all(editions.map((edition) => probe(samePageIn(edition, path))));
	// An address this edition does serve (an old link, or a page that says it was removed): go there.
	if (found[editions.indexOf(here)]) return location.replace(samePageIn(here, path));
	const having = editions.filter((edition, index) => edition !== here && found[index]?.page);
	let nearest = parentOf(path);
	let nearestPage = await probe(samePageIn(here, nearest));
	while (!nearestPage?.page && nearest !== '/') {
		nearest = parentOf(nearest) || '/';
		nearestPage = await probe(samePageIn(here, nearest));
	}
	const title = having.length > 0 ? found[editions.indexOf(having[0]!)]!.title : path;
	const heading = editionSwitchTexts.missing(title, here);
	details.innerHTML = missingPageBody({
		heading,
		nearest: { href: samePageIn(here, nearest), text: editionSwitchTexts.goTo(nearestPage?.title ?? title, here) },
		elsewhere: having.map((edition) => ({ href: samePageIn(edition, path), name: inEdition(edition) })),
		path,
	});
	const h1 = document.querySelector('h1');
	if (h1) h1.textContent = heading;
	document.title = heading + document.title.slice(document.title.lastIndexOf(' | '));
	// The version switcher leads to the page where an edition serves it, else to that edition's one page.
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-handbook-edition]')) {
		const index = editions.findIndex((edition) => edition.id === link.dataset.handbookEdition);
		if (index !== -1) link.href = found[index] ? samePageIn(editions[index]!, path) : missingPageAddress(editions[index]!, path);
	}
	details.dataset.resolved = '';
}
