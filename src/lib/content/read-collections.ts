import { extname, join } from 'node:path';
import { idPattern } from '../../schemas/common.ts';
import { collectionNames, collections, type CollectionName, type Reference } from '../../schemas/collections.ts';
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import type { CheckOptions, EntryData } from './check-text.ts';
import { displayPath, displayPathIn, extensionOf, idOf, listCollectionFiles, pathIn, readContentText, type ReadText } from './content-files.ts';
import { checkSettings, type CheckFile, type RememberedSettings } from './checked-files.ts';
import { formatFieldPath, type ContentError, type LocateField } from './error-map.ts';
import { misplacedInterpretations } from './interpretation-folders.ts';
import { teamSlugClashes } from './team-slug-clashes.ts';

export interface Entry<T> {
	id: string;
	/** Path of the file, relative to the working directory, as messages name it. */
	file: string;
	absolutePath: string;
	data: T;
	/** The prose of an MDX entry; empty for YAML. */
	body: string;
	/** The file as written, for a digest that changes when the file does. */
	text: string;
}

export type Handbook = { [K in CollectionName]: Map<string, Entry<EntryData<K>>> } & {
	organisation: Organisation;
};

/**
 * Reads and checks all content of the handbook: every file against its schema, MDX bodies against
 * the safe subset, unique ids and numbers, references that point to something that exists.
 * Returns the handbook only when there is no error. The settings (organisation.yaml) are read from
 * `settingsRoot`: a published version's frozen copy has the collections but uses today's settings.
 * `check` checks one file: on the spot, or looked up from the parallel check (check-in-parallel.ts);
 * `readText` reads one: from the disk, or as the parallel check read it. `settings`: the check of
 * organisation.yaml remembered from an earlier run (check-cache.ts).
 * No default `check` here, so that this module never loads the MDX parser: load-handbook.ts gives
 * the same with the check of a file afresh as the default.
 */
export function loadHandbook(
	contentRoot: string,
	settingsRoot: string,
	options: CheckOptions | undefined,
	check: CheckFile,
	readText: ReadText = readContentText,
	settings?: RememberedSettings,
): { handbook?: Handbook; errors: ContentError[] } {
	const organisation = readOrganisation(settingsRoot, settings);
	const read = Object.fromEntries(collectionNames.map((name) => [name, readCollection(name, contentRoot, options, check, readText)])) as { [K in CollectionName]: CollectionRead<K> };
	const loaded = Object.fromEntries(collectionNames.map((name) => [name, read[name].entries])) as Omit<Handbook, 'organisation'>;

	const errors = [
		...organisation.errors,
		...collectionNames.flatMap((name) => read[name].errors),
		...collectionNames.flatMap((name) => danglingReferences(read[name], read)),
		...organisationReferences(organisation, read),
		...misplacedInterpretations(read.interpretations, read, contentRoot),
		...teamSlugClashes(loaded.interpretations),
		...duplicateNumbers(loaded.themes, () => '', ''),
		...duplicateNumbers(loaded.rules, (rule) => rule.data.theme, ' in hetzelfde thema'),
		...duplicateNumbers(loaded.agreements, (a) => `${a.data.topic}/${a.data.kind}`, ' bij hetzelfde onderwerp en dezelfde soort'),
	];
	if (errors.length > 0 || !organisation.data) return { errors };
	return { handbook: { ...loaded, organisation: organisation.data }, errors };
}

export interface CollectionRead<N extends CollectionName> {
	name: N;
	/** The valid entries, by id. */
	entries: Map<string, Entry<EntryData<N>>>;
	/** Every file found with a usable id, valid or not: a mistake in one file is reported once, not again by every file that refers to it. */
	ids: Map<string, string>;
	/** What every readable file says, valid or not, so its references are checked in the same run; `path` is relative to the collection's folder. */
	written: { file: string; path: string; data: unknown; locate?: LocateField }[];
	errors: ContentError[];
}

/** Reads one collection: the valid entries and the problems, file by file. A broken file never stops the others. */
export function readCollection<N extends CollectionName>(name: N, contentRoot: string, options: CheckOptions | undefined, check: CheckFile, readText: ReadText = readContentText): CollectionRead<N> {
	const { directory, noun, format } = collections[name];
	const folder = join(contentRoot, directory);
	const extension = extensionOf[format];
	const result: CollectionRead<N> = { name, entries: new Map(), ids: new Map(), written: [], errors: [] };
	const shown = displayPathIn(folder);
	for (const path of listCollectionFiles(folder)) {
		const absolutePath = pathIn(folder, path);
		const file = shown(path);
		const id = idOf(path);
		if (extname(path) !== extension) {
			result.errors.push({ file, message: `hoort hier niet; in ${directory}/ staan alleen ${extension}-bestanden, één per ${noun}` });
		} else if (!idPattern.test(id)) {
			result.errors.push({ file, message: `de bestandsnaam is ook de id; verwacht hoogstens 100 kleine letters, cijfers en streepjes (bijvoorbeeld team-noord-toon-in-de-chat${extension})` });
		} else if (result.ids.has(id)) {
			result.errors.push({ file, message: `de id "${id}" bestaat al (${result.ids.get(id)}); verwacht een bestandsnaam die nog niet in ${directory}/ voorkomt` });
		} else {
			result.ids.set(id, file);
			const { text, errors } = readText(absolutePath, file);
			if (text === undefined) {
				result.errors.push(...errors);
				continue;
			}
			const checked = check(name, text, file, options);
			result.errors.push(...checked.errors);
			if (checked.written) result.written.push({ file, path, data: checked.written, locate: checked.locate });
			if (checked.data) result.entries.set(id, { id, file, absolutePath, data: checked.data, body: checked.body, text });
		}
	}
	return result;
}

/** Reads and checks the organisation file: everything that is the directorate's own. */
interface OrganisationRead {
	file: string;
	data?: Organisation;
	errors: ContentError[];
}

export function readOrganisation(contentRoot: string, remembered?: RememberedSettings): OrganisationRead {
	const absolutePath = join(contentRoot, 'organisation.yaml');
	const file = displayPath(absolutePath);
	const { text, errors } = readContentText(absolutePath, file);
	if (text === undefined) return { file, errors };
	const checked = checkSettings('organisation', organisationSchema, text, file, remembered);
	return { file, data: checked.data as Organisation | undefined, errors: checked.errors };
}

function danglingReferences(collection: CollectionRead<CollectionName>, all: { [K in CollectionName]: CollectionRead<K> }): ContentError[] {
	return collection.written.flatMap(({ file, data, locate }) =>
		(collections[collection.name].references as readonly Reference[]).flatMap((reference) =>
			valuesAt(data, reference.field)
				.filter(({ value }) => typeof value === 'string' && !all[reference.target].ids.has(value))
				.map(({ path, value }): ContentError => {
					const line = locate?.(path);
					return { file, ...(line ? { line } : {}), field: formatFieldPath(path), message: notFound(reference.target, value) };
				}),
		),
	);
}

/** organisation.yaml names rules of the code as the source of its advice, and the themes and topics a version aims at; they must exist. */
function organisationReferences(organisation: OrganisationRead, read: { [K in CollectionName]: CollectionRead<K> }): ContentError[] {
	const { askInstead, coverageAim, helpRoles = [] } = organisation.data ?? {};
	const named: { field?: string; target: CollectionName; value: string }[] = [
		...(askInstead?.rule ? [{ field: 'askInstead.rule', target: 'rules' as const, value: askInstead.rule }] : []),
		...helpRoles.flatMap((role, index) =>
			role.whileUnset?.rule ? [{ field: formatFieldPath(['helpRoles', index, 'whileUnset', 'rule']), target: 'rules' as const, value: role.whileUnset.rule }] : [],
		),
		...(coverageAim?.themes ?? []).map((value, index) => ({ field: formatFieldPath(['coverageAim', 'themes', index]), target: 'themes' as const, value })),
		...(coverageAim?.topics ?? []).map((value, index) => ({ field: formatFieldPath(['coverageAim', 'topics', index]), target: 'topics' as const, value })),
	];
	return named.filter(({ target, value }) => !read[target].ids.has(value)).map(({ field, target, value }) => ({ file: organisation.file, ...(field ? { field } : {}), message: notFound(target, value) }));
}

function notFound(target: CollectionName, value: unknown): string {
	const { noun, directory, format } = collections[target];
	return `verwijst naar ${noun} "${value}", maar er is geen ${noun} met die naam; verwacht de naam van een bestand in ${directory}/ (zonder ${extensionOf[format]})`;
}

/** The values found at a reference path such as `terms[]` or `source.document`, each with its path. */
function valuesAt(data: unknown, referencePath: string, at: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
	if (data === null || typeof data !== 'object') return [];
	const [head, ...rest] = referencePath.split('.');
	const isList = head!.endsWith('[]');
	const key = isList ? head!.slice(0, -2) : head!;
	const value = (data as Record<string, unknown>)[key];
	if (value === undefined || (isList && !Array.isArray(value))) return [];
	const items = isList ? (value as unknown[]).map((item, index) => ({ path: [...at, key, index], value: item })) : [{ path: [...at, key], value }];
	return items.flatMap((item) => (rest.length === 0 ? [item] : valuesAt(item.value, rest.join('.'), item.path)));
}

/** Themes, rules within a theme and agreements of one kind are numbered; a number used twice is an error. */
function duplicateNumbers<T extends { number: number }>(entries: Map<string, Entry<T>>, groupOf: (entry: Entry<T>) => string, scope: string): ContentError[] {
	const seen = new Map<string, Entry<T>>();
	return [...entries.values()].flatMap((entry) => {
		const key = `${groupOf(entry)}#${entry.data.number}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, entry);
			return [];
		}
		return [{ file: entry.file, field: 'number', message: `nummer ${entry.data.number} is${scope} al gebruikt door ${first.file}; verwacht een nummer dat nog vrij is` }];
	});
}
