import type { APIRoute } from 'astro';
import { allEditions, currentEdition, hasPublishedVersions, landingEdition } from '../lib/edition.ts';
import { siteOrganisation } from '../lib/organisation.ts';
import { changeSummaryOf } from '../lib/versions/edition-entries.ts';
import { versionsFeed } from '../lib/versions/versions-feed.ts';

/** The Atom feed of published versions, /wat-is-er-nieuw.xml: once for the whole site, with the edition at /, from the first version on. */
export function getStaticPaths() {
	return currentEdition() === landingEdition() && hasPublishedVersions() ? [{ params: { feed: 'wat-is-er-nieuw' } }] : [];
}

export const GET: APIRoute = async () => {
	const editions = allEditions();
	const versions = await Promise.all(
		editions
			.filter((edition) => edition.published)
			.reverse()
			.map(async (edition) => ({ edition, summary: (await changeSummaryOf(edition, editions)) ?? ['De eerste gepubliceerde versie van het handboek'] })),
	);
	return new Response(versionsFeed(versions, siteOrganisation(), currentEdition().basePath), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
