import type { APIRoute } from 'astro';
import { allEditions, currentEdition, landingEdition } from '../lib/edition.ts';
import { siteOrganisation } from '../lib/organisation.ts';
import { changeSummary } from '../lib/versions/change-list.ts';
import { changesBetween } from '../lib/versions/changes.ts';
import { contentOf, previousOf } from '../lib/versions/edition-content.ts';
import { versionsFeed } from '../lib/versions/versions-feed.ts';

/** The Atom feed of published versions, /wat-is-er-nieuw.xml: once for the whole site, with the edition at /. */
export function getStaticPaths() {
	return currentEdition() === landingEdition() ? [{ params: { feed: 'wat-is-er-nieuw' } }] : [];
}

export const GET: APIRoute = () => {
	const editions = allEditions();
	const versions = editions
		.filter((edition) => edition.published)
		.reverse()
		.map((edition) => {
			const previous = previousOf(edition, editions);
			return { edition, summary: previous ? changeSummary(changesBetween(contentOf(previous), contentOf(edition))) : ['De eerste gepubliceerde versie van het handboek'] };
		});
	return new Response(versionsFeed(versions, siteOrganisation()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
