import type { APIRoute } from 'astro';
import * as handbookContext from 'virtual:handbook/context';
import { landingEditionOf } from '../lib/edition.ts';
import { robotsTxt } from '../lib/robots.ts';

/** robots.txt, once for the whole site, with the edition at the base path. */
export function getStaticPaths() {
	const { edition, editions } = handbookContext;
	return edition === landingEditionOf(editions) ? [{ params: { robots: 'robots' } }] : [];
}

export const GET: APIRoute = ({ locals }) => new Response(robotsTxt(locals.handbook.editions, locals.handbook.organisation.site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
