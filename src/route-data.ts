import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markLocation } from './lib/sidebar-location.ts';

/**
 * Interpretations are never listed in the sidebar (there will be thousands); a page that is not
 * listed names, in its frontmatter, the item it belongs under, and the sidebar marks that item.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { sidebar, entry } = context.locals.starlightRoute;
	if (entry.data.sidebarLocation) markLocation(sidebar, entry.data.sidebarLocation);
});
