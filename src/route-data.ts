import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { pathInEdition, samePageIn } from './lib/edition-links.ts';
import { withEditionBase } from './lib/rehype-base-links.ts';
import { isNotFoundPage } from './lib/paths.ts';
import { markLocation } from './lib/sidebar-location.ts';
import { buildSidebar } from './lib/sidebar.ts';
import { paginationOf, sidebarEntries } from './lib/sidebar-entries.ts';

/**
 * The sidebar is built here from the edition's collections (src/lib/sidebar.ts), not in the config,
 * so the config reads no content; the links around the current one are the page's previous and next.
 * Interpretations are never listed in the sidebar (there will be thousands); a page that is not
 * listed names, in its frontmatter, the item it belongs under, and the sidebar marks that item.
 * The home page's buttons link within the edition, like every other link (see rehype-base-links), and
 * stay out of the search index: the pages they lead to are found themselves, and their words would
 * run together in an excerpt ("Naar de gedragscodeAls een norm…").
 * The page for a missing address is served at every such address, so it names no canonical address
 * (Starlight would give it /404/, where no page is).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { edition, organisation } = context.locals.handbook;
	const { entry } = route;
	const [themes, rules, topics, agreements] = await Promise.all([getCollection('themes'), getCollection('rules'), getCollection('topics'), getCollection('agreements')]);
	const sidebar = sidebarEntries(buildSidebar({ themes, rules, topics, agreements }, organisation.name), context.url.pathname, (link) => samePageIn(edition, link));
	route.sidebar = sidebar;
	route.pagination = paginationOf(sidebar, entry.data);
	if (entry.data.sidebarLocation) markLocation(sidebar, entry.data.sidebarLocation);
	const { hero } = entry.data;
	if (hero) hero.actions = hero.actions.map((action) => ({
		...action,
		link: withEditionBase(action.link, edition),
		attrs: { ...action.attrs, 'data-pagefind-ignore': true },
	}));
	if (isNotFoundPage(pathInEdition(context.url.pathname, edition))) {
		route.head = route.head.filter(({ tag, attrs }) => !(tag === 'link' && attrs?.rel === 'canonical') && !(tag === 'meta' && attrs?.property === 'og:url'));
	}
});
