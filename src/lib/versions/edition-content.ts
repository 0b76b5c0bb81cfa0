import type { EntryData } from '../content/check-entry.ts';
import { formatErrorReport, type ContentError } from '../content/error-map.ts';
import { readCollection } from '../content/load-handbook.ts';
import type { CheckFile } from '../content/checked-files.ts';
import type { Edition } from '../edition.ts';
import { realOnly } from '../interpretations.ts';
import type { Organisation } from '../../schemas/organisation.ts';

/** One entry of an edition as pages compare it: from the `editions` collection, or read from its folder. */
export interface EditionEntry<T> {
	id: string;
	data: T;
	body: string;
}

/** What an edition holds that pages compare and count across versions. */
export interface EditionCollections {
	themes: EditionEntry<EntryData<'themes'>>[];
	rules: EditionEntry<EntryData<'rules'>>[];
	topics: EditionEntry<EntryData<'topics'>>[];
	agreements: EditionEntry<EntryData<'agreements'>>[];
	interpretations: EditionEntry<EntryData<'interpretations'>>[];
}
export const editionCollectionNames = ['themes', 'rules', 'topics', 'agreements', 'interpretations'] as const satisfies (keyof EditionCollections)[];

/** What of the owner's settings decides which interpretations a build shows. */
export type ShownSettings = Pick<Organisation, 'showExamples'>;

/** organisation.yaml can leave the invented examples out of the built site, in every edition alike. */
export function shownInterpretations<T extends EditionEntry<EntryData<'interpretations'>>>(entries: T[], { showExamples }: ShownSettings): T[] {
	return showExamples === false ? realOnly(entries) : entries;
}

/**
 * An edition's content as it is on disk now, examples included; not remembered (publishing reads the
 * werkversie before and after changes). `check` checks each file; the build passes one that takes a
 * published version's checks from the check cache (check-cache.ts).
 */
export function readEditionContent(edition: Pick<Edition, 'contentFolder' | 'published'>, check?: CheckFile): EditionCollections {
	const errors: ContentError[] = [];
	const read = <N extends keyof EditionCollections>(name: N) => {
		// A published version's prose passed the safe-subset check when it was published, and its
		// checksums prove it unchanged: only its fields are read again, against today's schemas.
		const { entries, errors: found } = readCollection(name, edition.contentFolder, { checkBody: !edition.published }, check);
		errors.push(...found);
		return [...entries.values()] as EditionCollections[N];
	};
	const content = { themes: read('themes'), rules: read('rules'), topics: read('topics'), agreements: read('agreements'), interpretations: read('interpretations') };
	// An entry left out would look removed from the handbook: an older version that no longer
	// fits today's schemas stops the build, with the report the content check gives.
	if (errors.length > 0) throw new Error(`${formatErrorReport(errors)}\nEen gepubliceerde versie past niet meer bij de schema's van nu; pas de schema's zo aan dat ook oudere versies geldig blijven.`);
	return content;
}
