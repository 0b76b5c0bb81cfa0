import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { previousOf, type Edition } from './edition.ts';
import type { Handbook } from './handbook-route-data.ts';
import { interpretationsOf, targetOf } from './interpretations.ts';
import { linksOf } from './paths.ts';
import { glossaryOf, type GlossaryLink } from './term-links.ts';
import type { EditionCollections } from './versions/edition-content.ts';
import { beforeOf } from './versions/edition-entries.ts';

/** What the page of a rule or agreement (NormPage) shows besides the entry itself; its page looks it up. */
export interface NormPageData {
	/** The interpretations of this rule or agreement, in reading order. */
	interpretations: CollectionEntry<'interpretations'>[];
	/** The version this edition is compared with, if any. */
	previous: Edition | undefined;
	/** The same rule or agreement in `previous`, if it was there. */
	before: EditionCollections['rules' | 'agreements'][number] | undefined;
	/** The document the official text is quoted from. */
	sourceDocument: CollectionEntry<'sources'> | undefined;
	/** The terms that belong to it, in the order its `terms` field names them. */
	terms: CollectionEntry<'terms'>[];
	/** Every term of the edition with its page: the note links the first use of each. */
	glossary: GlossaryLink[];
}

/** Looks up what the page of `entry` shows, in the edition `edition` among `editions`. */
export async function normPageData(entry: CollectionEntry<'rules' | 'agreements'>, { edition, editions }: Pick<Handbook, 'edition' | 'editions'>): Promise<NormPageData> {
	const target = targetOf(entry);
	const previous = previousOf(edition, editions);
	return {
		interpretations: interpretationsOf(await getCollection('interpretations'), target),
		previous,
		before: previous && (beforeOf(entry) as NormPageData['before']),
		sourceDocument: await getEntry('sources', entry.data.source.document),
		terms: await getEntries(entry.data.terms.map((id) => ({ collection: 'terms' as const, id }))),
		glossary: glossaryOf(await getCollection('terms'), linksOf(edition).term),
	};
}
