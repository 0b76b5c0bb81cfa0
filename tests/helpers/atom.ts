import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';

/** RFC 3339 date-time, as atom:updated requires (RFC 4287 §3.3). */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * What the feed lacks of valid Atom (RFC 4287), one line per problem: empty when it is valid. The
 * XML must be well-formed (fast-xml-validator, by the author of fast-xml-parser); feedsmith must read it as Atom, not RSS;
 * and what the RFC requires that a lenient parser lets pass is checked on what it read: id, title
 * and updated on the feed and every entry (§4.1.1, §4.1.2), an author on the feed unless every
 * entry has one (§4.1.1), a link or content on every entry (§4.1.2), unique entry ids, and here
 * also the language of the feed (xml:lang, §2).
 */
export function atomProblems(xml: string): string[] {
	try {
		SyntaxValidator.validate(xml);
	} catch (error) {
		return [`not well-formed XML: ${(error as Error).message}`];
	}
	let feed: ReturnType<typeof parseAtomFeed>;
	try {
		feed = parseAtomFeed(xml);
	} catch (error) {
		return [`not read as Atom: ${(error as Error).message}`];
	}
	const problems: string[] = [];
	const required = (where: string, thing: { id?: string; title?: { value?: string }; updated?: unknown }) => {
		if (!thing.id) problems.push(`${where}: no atom:id`);
		if (!thing.title?.value) problems.push(`${where}: no atom:title`);
		if (typeof thing.updated !== 'string' || !rfc3339.test(thing.updated)) problems.push(`${where}: atom:updated is not an RFC 3339 date-time: ${String(thing.updated)}`);
	};
	required('feed', feed);
	const entries = feed.entries ?? [];
	if (!feed.authors?.some((author) => author.name) && !entries.every((entry) => entry.authors?.some((author) => author.name))) {
		problems.push('feed: no atom:author, and not every entry has one (RFC 4287 §4.1.1)');
	}
	if (!feed.xml?.lang) problems.push('feed: no xml:lang');
	const ids = new Set<string>();
	entries.forEach((entry, index) => {
		const where = `entry ${index + 1}`;
		required(where, entry);
		if (!entry.content && !entry.links?.some((link) => !link.rel || link.rel === 'alternate')) problems.push(`${where}: neither an alternate atom:link nor atom:content (RFC 4287 §4.1.2)`);
		if (entry.id && ids.has(entry.id)) problems.push(`${where}: atom:id ${entry.id} is used twice`);
		if (entry.id) ids.add(entry.id);
	});
	return problems;
}
