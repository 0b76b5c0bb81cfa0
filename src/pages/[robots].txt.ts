import type { APIRoute } from 'astro';
import { allEditions, currentEdition, landingEdition } from '../lib/edition.ts';
import { siteOrganisation } from '../lib/organisation.ts';
import { robotsTxt } from '../lib/robots.ts';

/** robots.txt, once for the whole site, with the edition at the base path. */
export function getStaticPaths() {
	return currentEdition() === landingEdition() ? [{ params: { robots: 'robots' } }] : [];
}

export const GET: APIRoute = () => new Response(robotsTxt(allEditions(), siteOrganisation().site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
