import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { parentOf } from './lib/interpretation-parent.ts';
import { routes } from './lib/routes.ts';
import { markLocation } from './lib/sidebar-location.ts';

/**
 * Interpretations are never listed in the sidebar (there will be thousands); on an
 * interpretation's page the sidebar shows the rule or agreement it belongs to instead.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const id = routes.interpretationIdIn(context.url.pathname);
	if (!id) return;
	const interpretation = await getEntry('interpretations', id);
	if (interpretation) markLocation(context.locals.starlightRoute.sidebar, (await parentOf(interpretation)).href);
});
