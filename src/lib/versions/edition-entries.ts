import { getCollection } from 'astro:content';
import { previousOf, type Edition } from '../edition.ts';
import type { Adoption } from './adoption.ts';
import { changeSummary } from './change-list.ts';
import { changesBetween } from './changes.ts';
import { editionCollectionNames, type EditionCollections, type EditionEntry } from './edition-content.ts';
import { pageChangesBetween } from './page-changes.ts';

/**
 * What pages that compare editions read of the published versions, all filled by the content loader
 * (src/lib/content/handbook-loader.ts) from each version's frozen folder: an entry's `before` and
 * `adoption` in its `rendered.metadata`, and whole versions in the `editions` collection.
 */

interface LoadedEntry<T> {
	id: string;
	rendered?: { metadata?: Record<string, unknown> };
	data: T;
}

/** The same entry in the version this edition is compared with, if it was there. */
export function beforeOf<E extends LoadedEntry<unknown>>(entry: E): EditionEntry<E['data']> | undefined {
	const before = entry.rendered?.metadata?.before as { data: E['data']; body: string } | undefined;
	return before && { id: entry.id, data: before.data, body: before.body };
}

/** In which published version an interpretation was adopted (and withdrawn), worked out from the frozen versions up to this edition. */
export function adoptionOf(entry: LoadedEntry<unknown>): Adoption | undefined {
	return entry.rendered?.metadata?.adoption as Adoption | undefined;
}

/** Everything a published edition holds that pages compare and count across versions. */
export async function editionContent(edition: Pick<Edition, 'id'>): Promise<EditionCollections> {
	const content: EditionCollections = { themes: [], rules: [], topics: [], agreements: [], interpretations: [] };
	for (const found of await getCollection('editions', (entry) => entry.data.edition === edition.id)) {
		const name = found.data.collection as keyof EditionCollections;
		if ((editionCollectionNames as readonly string[]).includes(name)) (content[name] as unknown[]).push({ id: found.data.id, data: found.data.data, body: found.body ?? '' });
	}
	return content;
}

/** What changed in a published edition since the version before it, in a few Dutch lines; none for the first version. */
export async function changeSummaryOf(edition: Edition, editions: Edition[]): Promise<string[] | undefined> {
	const previous = previousOf(edition, editions);
	if (!previous) return undefined;
	const [before, after] = await Promise.all([editionContent(previous), editionContent(edition)]);
	return changeSummary(changesBetween(before, after), pageChangesBetween(previous.contentFolder, edition.contentFolder));
}
