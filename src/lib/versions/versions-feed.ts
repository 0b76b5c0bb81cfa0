import { Feed } from 'feed';
import type { Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { paths, siteRoutes } from '../routes.ts';

/** A published version as the feed tells it: what it is, and what changed since the one before. */
export interface FeedVersion {
	edition: Edition;
	summary: string[];
}

/**
 * The Atom feed "Wat is er nieuw": one entry per published version, newest first. Feed readers
 * need full addresses; without `site` in organisation.yaml the links stay relative to the site
 * (readers that fetched the feed from it resolve them), and the ids do not depend on the address.
 */
export function versionsFeed(versions: FeedVersion[], organisation: Organisation): string {
	const absolute = (path: string) => (organisation.site ? new URL(path, organisation.site).href : path);
	const idBase = `urn:handboek:${organisation.handbookTitle.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
	const newest = versions[0]?.edition;
	const feed = new Feed({
		title: `${organisation.handbookTitle}: wat is er nieuw`,
		description: `De gepubliceerde versies van het handboek van de sociale norm van ${organisation.name}, met wat er veranderde.`,
		id: `${idBase}:versies`,
		link: absolute(siteRoutes.versions),
		language: 'nl',
		copyright: `${organisation.fullName}, ${organisation.parent}`,
		updated: new Date(`${newest?.date ?? '1970-01-01'}T00:00:00Z`),
		feedLinks: { atom: absolute(siteRoutes.feed) },
	});
	for (const { edition, summary } of versions) {
		feed.addItem({
			title: `${edition.name}${edition.label ? `: ${edition.label}` : ''}`,
			id: `${idBase}:versie:${edition.id}`,
			link: absolute(samePageIn(edition, paths.changes)),
			date: new Date(`${edition.date}T00:00:00Z`),
			description: summary.join('. '),
			content: `<ul>${summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
		});
	}
	return feed.atom1();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
