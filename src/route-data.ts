import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { currentEdition } from './lib/edition.ts';
import { withEditionBase } from './lib/rehype-base-links.ts';
import { markLocation } from './lib/sidebar-location.ts';

/**
 * Interpretations are never listed in the sidebar (there will be thousands); a page that is not
 * listed names, in its frontmatter, the item it belongs under, and the sidebar marks that item.
 * The home page's buttons link within the edition, like every other link (see rehype-base-links).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { sidebar, entry } = context.locals.starlightRoute;
	if (entry.data.sidebarLocation) markLocation(sidebar, entry.data.sidebarLocation);
	const { hero } = entry.data;
	if (hero) hero.actions = hero.actions.map((action) => ({ ...action, link: withEditionBase(action.link, currentEdition().base) }));
});
