import type { Status } from '../../schemas/interpretation.ts';
import { standingOf, type Standing } from '../statuses.ts';
import { wordingFields } from './field-differences.ts';
import { plainTextOf, wordsDiffer } from './word-diff.ts';

/**
 * One entry of an edition, as both Astro's getCollection and readCollection(...).entries give it.
 * Only the fields changes are named by are required; every other field is compared as it comes.
 */
export interface EditionEntry<T> {
	id: string;
	data: T;
	body?: string;
}
type NormData = { title: string; [field: string]: unknown };
type InterpretationData = { title: string; team: string; rule?: string; agreement?: string; status: Status; fictitious: boolean; [field: string]: unknown };

/** What one edition holds of the norms and of what teams agreed about them. */
export interface EditionContent {
	rules: Iterable<EditionEntry<NormData>>;
	agreements: Iterable<EditionEntry<NormData>>;
	interpretations: Iterable<EditionEntry<InterpretationData>>;
}

export interface NormChange {
	id: string;
	title: string;
}
/** `what` names the fields a reader sees changed, in the order of the entry's fields; 'body' is the prose of the file. */
export interface ChangedNorm extends NormChange {
	what: string[];
}
export interface NormChanges {
	added: NormChange[];
	removed: NormChange[];
	/** Its own words differ: the text of the rule or agreement, its title, what to do and not to do. */
	changed: ChangedNorm[];
	/**
	 * The handbook's note beside it (the body of its file, "Over deze tekst") differs. A different
	 * change from the one above: the rule itself reads the same. One entry can be in both lists.
	 */
	noteChanged: NormChange[];
}

export interface InterpretationChange {
	id: string;
	title: string;
	/** The team or MT whose wording it is. */
	team: string;
	/** The rule or agreement it is about. */
	about: { rule: string } | { agreement: string };
	/** An invented example: a page labels it and never counts it as the real state of the handbook. */
	fictitious: boolean;
	/** Its status in the later edition; absent when the file is gone. */
	status?: Status;
}
export interface ChangedInterpretation extends InterpretationChange {
	what: string[];
}

export interface Changes {
	rules: NormChanges;
	agreements: NormChanges;
	interpretations: {
		/** Adopted now, and not adopted (or not there) before. */
		adopted: InterpretationChange[];
		/** Adopted before and now, and what a reader sees of it differs. */
		changed: ChangedInterpretation[];
		/** Adopted before, and now lapsed, gone, or back under discussion (see `status`). */
		withdrawn: InterpretationChange[];
		/** Proposed or under discussion now, and not open (or not there) before. */
		proposed: InterpretationChange[];
	};
}

/**
 * What changed from one edition to the next: norms added, removed and changed, and what teams
 * adopted, changed, withdrew and newly proposed. "Changed" means changed as a reader sees it —
 * different words in a field or in the prose — never a mere difference in bytes or whitespace.
 */
export function changesBetween(before: EditionContent, after: EditionContent): Changes {
	return {
		rules: normChanges(byId(before.rules), byId(after.rules)),
		agreements: normChanges(byId(before.agreements), byId(after.agreements)),
		interpretations: interpretationChanges(byId(before.interpretations), byId(after.interpretations)),
	};
}

/** Whether anything at all changed: a version with no changes need not be published. */
export function isUnchanged(changes: Changes): boolean {
	const lists = [changes.rules, changes.agreements, changes.interpretations].flatMap((group) => Object.values(group) as unknown[][]);
	return lists.every((list) => list.length === 0);
}

function normChanges(before: Map<string, EditionEntry<NormData>>, after: Map<string, EditionEntry<NormData>>): NormChanges {
	const changes: NormChanges = { added: [], removed: [], changed: [], noteChanged: [] };
	for (const [id, entry] of after) {
		const old = before.get(id);
		if (!old) changes.added.push({ id, title: entry.data.title });
		else {
			const what = differences(old, entry);
			const own = what.filter((field) => field !== 'body');
			if (own.length > 0) changes.changed.push({ id, title: entry.data.title, what: own });
			if (what.includes('body')) changes.noteChanged.push({ id, title: entry.data.title });
		}
	}
	for (const [id, entry] of before) if (!after.has(id)) changes.removed.push({ id, title: entry.data.title });
	return { added: sorted(changes.added), removed: sorted(changes.removed), changed: sorted(changes.changed), noteChanged: sorted(changes.noteChanged) };
}

function interpretationChanges(before: Map<string, EditionEntry<InterpretationData>>, after: Map<string, EditionEntry<InterpretationData>>): Changes['interpretations'] {
	const changes: Changes['interpretations'] = { adopted: [], changed: [], withdrawn: [], proposed: [] };
	const item = (id: string, entry: EditionEntry<InterpretationData>, status?: Status): InterpretationChange => ({
		id,
		title: entry.data.title,
		team: entry.data.team,
		about: entry.data.rule ? { rule: entry.data.rule } : { agreement: entry.data.agreement ?? '' },
		fictitious: entry.data.fictitious,
		...(status ? { status } : {}),
	});
	for (const id of new Set([...before.keys(), ...after.keys()])) {
		const old = before.get(id);
		const now = after.get(id);
		const was: Standing | undefined = old && standingOf(old.data.status);
		const is: Standing | undefined = now && standingOf(now.data.status);
		if (now && is === 'adopted' && was !== 'adopted') changes.adopted.push(item(id, now, now.data.status));
		else if (old && now && is === 'adopted') {
			const what = differences(old, now);
			if (what.length > 0) changes.changed.push({ ...item(id, now, now.data.status), what });
		} else if (old && was === 'adopted') changes.withdrawn.push(item(id, now ?? old, now?.data.status));
		else if (now && is === 'open' && was !== 'open') changes.proposed.push(item(id, now, now.data.status));
	}
	return { adopted: sorted(changes.adopted), changed: sorted(changes.changed), withdrawn: sorted(changes.withdrawn), proposed: sorted(changes.proposed) };
}

/** The fields of its wording (and 'body') whose words differ between two versions of one entry. */
function differences(before: EditionEntry<Record<string, unknown>>, after: EditionEntry<Record<string, unknown>>): string[] {
	const fields = Object.keys(wordingFields);
	const changed = fields.filter((field) => !sameToReader(before.data[field], after.data[field]));
	// Most entries keep their prose from one version to the next: only differing prose is parsed.
	const bodyChanged = (before.body ?? '') !== (after.body ?? '') && !sameText(plainTextOf(before.body ?? ''), plainTextOf(after.body ?? ''));
	return bodyChanged ? [...changed, 'body'] : changed;
}

/** Texts compare by their words, lists item by item, objects field by field; anything else as a value. */
function sameToReader(a: unknown, b: unknown): boolean {
	if (typeof a === 'string' && typeof b === 'string') return sameText(a, b);
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameToReader(item, b[index]));
	if (isObject(a) && isObject(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) => sameToReader(a[key], b[key]));
	}
	return a === b;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim() || !wordsDiffer(a, b);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function byId<T>(entries: Iterable<EditionEntry<T>>): Map<string, EditionEntry<T>> {
	return new Map([...entries].map((entry) => [entry.id, entry]));
}

const collator = new Intl.Collator('nl');
/** In the order a reader scans a list: by title, then by id for two of the same title. */
function sorted<T extends { id: string; title: string }>(items: T[]): T[] {
	return items.sort((a, b) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id));
}
