import { Feed } from 'feed';
import { versionPath, type Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import { escapeHtml } from '../escape-html.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { paths, sitePaths } from '../paths.ts';

/** A published version as the feed tells it: what it is, and what changed since the one before. */
export interface FeedVersion {
	edition: Edition;
	summary: string[];
}

/**
 * The Atom feed "Wat is er nieuw": one entry per published version, newest first. Its ids do not
 * depend on the site's address. The links are full addresses when `site` is set in
 * organisation.yaml; until then they are relative to the host, which Atom allows and feed readers
 * resolve against the feed's own address. Either way they include the site's base path.
 */
export function versionsFeed(versions: FeedVersion[], organisation: Organisation, basePath: string): string {
	// The feed package accepts full addresses only: without a site, a reserved address that can
	// never resolve (RFC 2606) stands in while the XML is written, and is taken out again.
	const placeholder = 'https://site-niet-ingesteld.invalid';
	const absolute = (path: string) => new URL(samePageIn({ base: basePath }, path), organisation.site ?? placeholder).href;
	const idBase = `urn:handboek:${organisation.handbookTitle.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
	const newest = versions[0]?.edition;
	const feed = new Feed({
		title: `${organisation.handbookTitle}: wat is er nieuw`,
		description: `De gepubliceerde versies van het handboek van de sociale norm van ${organisation.name}, met wat er veranderde.`,
		id: `${idBase}:versies`,
		link: absolute(sitePaths.versions),
		copyright: `${organisation.fullName}, ${organisation.parent}`,
		// RFC 4287 §4.1.1: a feed names its author, unless every entry does.
		author: { name: `${organisation.fullName}, ${organisation.parent}` },
		updated: new Date(`${newest?.date ?? '1970-01-01'}T00:00:00Z`),
		feedLinks: { atom: absolute(sitePaths.feed) },
	});
	for (const { edition, summary } of versions) {
		feed.addItem({
			// The package writes titles and summaries as type="html": a label's & must be &amp; there.
			title: escapeHtml(`${edition.name}${edition.label ? `: ${edition.label}` : ''}`),
			id: `${idBase}:versie:${edition.id}`,
			// The version's own address, which stays the same when a newer version takes its place at /.
			link: absolute(samePageIn({ base: versionPath(edition.id) }, paths.changes)),
			date: new Date(`${edition.date}T00:00:00Z`),
			description: escapeHtml(summary.join('. ')),
			content: `<ul>${summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
		});
	}
	// The feed package writes no language for Atom; xml:lang on the root covers every text in the feed.
	const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">';
	const written = feed.atom1();
	if (!written.includes(atomRoot)) throw new Error(`De feed begint niet met ${atomRoot}: het pakket feed schrijft Atom nu anders; zet xml:lang="nl" op een andere manier.`);
	const xml = written.replace(atomRoot, '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">');
	return organisation.site ? xml : xml.replaceAll(placeholder, '');
}
