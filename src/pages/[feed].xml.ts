import type { APIRoute } from 'astro';
import * as handbookContext from 'virtual:handbook/context';
import { hasPublishedVersions, landingEditionOf } from '../lib/edition.ts';
import { changeSummaryOf } from '../lib/versions/edition-entries.ts';
import { versionsFeed } from '../lib/versions/versions-feed.ts';

/** The Atom feed of published versions, /wat-is-er-nieuw.xml: once for the whole site, with the edition at /, from the first version on. */
export function getStaticPaths() {
	const { edition, editions } = handbookContext;
	return edition === landingEditionOf(editions) && hasPublishedVersions(editions) ? [{ params: { feed: 'wat-is-er-nieuw' } }] : [];
}

export const GET: APIRoute = async ({ locals }) => {
	const { edition, editions, organisation } = locals.handbook;
	const versions = await Promise.all(
		editions
			.filter((edition) => edition.published)
			.reverse()
			.map(async (edition) => ({ edition, summary: (await changeSummaryOf(edition, editions)) ?? ['De eerste gepubliceerde versie van het handboek'] })),
	);
	return new Response(versionsFeed(versions, organisation, edition.basePath), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
