import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { contentRoot, edition, editions, organisation, servedPaths } from 'virtual:handbook/context';
import { handbookRouteData } from './lib/handbook-route-data.ts';

const readContent = async () => {
	const [themes, rules, topics, agreements, interpretations] = await Promise.all([
		getCollection('themes'),
		getCollection('rules'),
		getCollection('topics'),
		getCollection('agreements'),
		getCollection('interpretations'),
	]);
	return { themes, rules, topics, agreements, interpretations };
};

/**
 * Route data for every page of this build: the edition, every edition, the owner's settings and the
 * edition's addresses (`Astro.locals.handbook`), as the handbook integration gives them
 * (src/integrations/handbook.ts). This is the one place pages and components learn which edition
 * they belong to; they take it from here or as props.
 */
export const onRequest = defineMiddleware((context, next) => {
	context.locals.handbook = handbookRouteData({ edition, editions, organisation, contentRoot, servedPaths }, readContent);
	return next();
});
