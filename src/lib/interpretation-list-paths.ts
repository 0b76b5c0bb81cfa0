import { getCollection, type CollectionEntry } from 'astro:content';
import type { Status } from '../schemas/interpretation.ts';
import { listPages, statusPlaces, type ListPage, type StatusPlace } from './interpretation-list.ts';
import { readingOrder } from './interpretations.ts';

type Interpretation = CollectionEntry<'interpretations'>;

/** What one page of the list of all interpretations of a rule or agreement shows. */
export interface InterpretationListProps {
	target: { rule: string } | { agreement: string };
	page: ListPage<Interpretation>;
	/** Each status in the whole list, with its count and pages: the same on every page. */
	places: StatusPlace[];
	/** How many of the whole list are invented examples. */
	exampleCount: number;
	/** The status of the item just before this page, so a group that carries on says so. */
	statusBefore?: Status;
}

/**
 * The pages of the lists of all interpretations, one list per rule or agreement that has any, in
 * reading order; `params` gives each page its address. The interpretations are grouped in one pass.
 */
export async function interpretationListPaths<P>(
	kind: 'rule' | 'agreement',
	params: (targetId: string, page: string | undefined) => P,
): Promise<{ params: P; props: InterpretationListProps }[]> {
	const byTarget = Map.groupBy(await getCollection('interpretations'), (interpretation) => (kind === 'rule' ? interpretation.data.rule : interpretation.data.agreement));
	return [...byTarget].flatMap(([targetId, interpretations]) => {
		if (!targetId) return [];
		const ordered = interpretations.sort(readingOrder);
		const places = statusPlaces(ordered);
		const exampleCount = ordered.filter((interpretation) => interpretation.data.fictitious).length;
		const target = kind === 'rule' ? { rule: targetId } : { agreement: targetId };
		return listPages(ordered).map((page) => ({
			params: params(targetId, page.number === 1 ? undefined : String(page.number)),
			props: { target, page, places, exampleCount, statusBefore: ordered[page.first - 2]?.data.status },
		}));
	});
}
