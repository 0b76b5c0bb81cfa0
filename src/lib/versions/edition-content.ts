import type { EntryData } from '../content/check-entry.ts';
import { formatErrorReport, type ContentError } from '../content/error-map.ts';
import { readCollection, type Entry } from '../content/load-handbook.ts';
import type { Edition } from '../edition.ts';
import { realOnly } from '../interpretations.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { adoptedIn, type Adoption } from './adoption.ts';
import { changeSummary } from './change-list.ts';
import { changesBetween } from './changes.ts';
import { pageChangesBetween } from './page-changes.ts';

/** What an edition holds that pages compare and count across versions. */
export interface EditionCollections {
	themes: Entry<EntryData<'themes'>>[];
	rules: Entry<EntryData<'rules'>>[];
	topics: Entry<EntryData<'topics'>>[];
	agreements: Entry<EntryData<'agreements'>>[];
	interpretations: Entry<EntryData<'interpretations'>>[];
}

/** What of the owner's settings decides which interpretations a build shows. */
export type ShownSettings = Pick<Organisation, 'showExamples'>;

/** organisation.yaml can leave the invented examples out of the built site, in every edition alike. */
export function shownInterpretations<T extends Entry<EntryData<'interpretations'>>>(entries: T[], { showExamples }: ShownSettings): T[] {
	return showExamples === false ? realOnly(entries) : entries;
}

const cache = new Map<string, EditionCollections>();

/**
 * The content of any edition, read from its folder with the handbook's own reader: a page of one
 * edition compares it with another (what changed, in which version a wording was adopted). Read
 * once per build and edition, with the examples left out where organisation.yaml says so.
 */
export function contentOf(edition: Pick<Edition, 'contentFolder' | 'published'>, settings: ShownSettings): EditionCollections {
	const key = `${edition.contentFolder}\0${settings.showExamples}`;
	let content = cache.get(key);
	if (!content) {
		const read = readEditionContent(edition);
		content = { ...read, interpretations: shownInterpretations(read.interpretations, settings) };
		cache.set(key, content);
	}
	return content;
}

/** An edition's content as it is on disk now, examples included; not remembered (publishing reads the werkversie before and after changes). */
export function readEditionContent(edition: Pick<Edition, 'contentFolder' | 'published'>): EditionCollections {
	const errors: ContentError[] = [];
	const read = <N extends keyof EditionCollections>(name: N) => {
		// A published version's prose passed the safe-subset check when it was published, and its
		// checksums prove it unchanged: only its fields are read again, against today's schemas.
		const { entries, errors: found } = readCollection(name, edition.contentFolder, { checkBody: !edition.published });
		errors.push(...found);
		return [...entries.values()] as EditionCollections[N];
	};
	const content = { themes: read('themes'), rules: read('rules'), topics: read('topics'), agreements: read('agreements'), interpretations: read('interpretations') };
	// An entry left out would look removed from the handbook: an older version that no longer
	// fits today's schemas stops the build, with the report the content check gives.
	if (errors.length > 0) throw new Error(`${formatErrorReport(errors)}\nEen gepubliceerde versie past niet meer bij de schema's van nu; pas de schema's zo aan dat ook oudere versies geldig blijven.`);
	return content;
}

/** The version an edition is compared with: the published version before it, or for the working version the newest. */
export function previousOf(edition: Edition, editions: Edition[]): Edition | undefined {
	const published = editions.filter((candidate) => candidate.published);
	if (!edition.published) return published.at(-1);
	return published[published.indexOf(edition) - 1];
}

/**
 * In which published version each interpretation of this edition was adopted (and withdrawn):
 * derived from the frozen versions up to this one, never from a field someone types.
 */
export function adoptionsUpTo(edition: Edition, editions: Edition[], settings: ShownSettings): Map<string, Adoption> {
	const key = `${edition.id}\0${settings.showExamples}`;
	let adoptions = adoptionCache.get(key);
	if (!adoptions) {
		const published = editions.filter((candidate) => candidate.published);
		const upTo = edition.published ? published.slice(0, published.indexOf(edition) + 1) : published;
		adoptions = adoptedIn(upTo.map((version) => ({ number: version.id, interpretations: new Map(contentOf(version, settings).interpretations.map((entry) => [entry.id, entry.data.status])) })));
		adoptionCache.set(key, adoptions);
	}
	return adoptions;
}
/** Worked out once per build: every interpretation page asks. */
const adoptionCache = new Map<string, Map<string, Adoption>>();

const indexCache = new Map<string, Map<string, unknown>>();

/** One entry of an edition by its id, found without scanning the collection: every page asks for its own. */
export function entryIn<N extends keyof EditionCollections>(edition: Pick<Edition, 'contentFolder' | 'published'>, name: N, id: string, settings: ShownSettings): EditionCollections[N][number] | undefined {
	const key = `${edition.contentFolder}\0${settings.showExamples}\0${name}`;
	let index = indexCache.get(key);
	if (!index) {
		index = new Map(contentOf(edition, settings)[name].map((entry) => [entry.id, entry]));
		indexCache.set(key, index);
	}
	return index.get(id) as EditionCollections[N][number] | undefined;
}

/**
 * What changed in an edition since the version before it, in a few Dutch lines; none for the first
 * version. Worked out once per build: the list of versions and the feed both show it.
 */
export function changeSummaryOf(edition: Edition, editions: Edition[], settings: ShownSettings): string[] | undefined {
	const key = `${edition.id}\0${settings.showExamples}`;
	if (!summaryCache.has(key)) {
		const previous = previousOf(edition, editions);
		summaryCache.set(key, previous && changeSummary(changesBetween(contentOf(previous, settings), contentOf(edition, settings)), pageChangesBetween(previous.contentFolder, edition.contentFolder)));
	}
	return summaryCache.get(key);
}
const summaryCache = new Map<string, string[] | undefined>();
