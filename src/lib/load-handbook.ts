import { basename, extname, join } from 'node:path';
import type { z } from 'zod';
import { idPattern } from '../schemas/common.ts';
import { collectionNames, collections, type CollectionName, type Reference } from '../schemas/collections.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { parseWithDutchErrors, type ContentError } from './error-map.ts';
import { readOrganisation } from './organisation.ts';
import { displayPath, listFiles, readYamlFile } from './read-yaml.ts';

export interface Entry<T> {
	id: string;
	/** Path of the file, relative to the working directory. */
	file: string;
	data: T;
}

type Collections = typeof collections;
export type Handbook = { [K in CollectionName]: Map<string, Entry<z.output<Collections[K]['schema']>>> } & {
	organisation: Organisation;
};

const yamlExtensions = new Set(['.yaml', '.yml']);
const ignoredFiles = new Set(['README.md']);

/**
 * Reads and checks all content of the handbook: every file against its schema, unique ids,
 * references that point to something that exists. Returns the handbook only when there is no error.
 */
export function loadHandbook(contentRoot: string): { handbook?: Handbook; errors: ContentError[] } {
	const organisation = readOrganisation(join(contentRoot, 'organisation.yaml'));
	const read = Object.fromEntries(
		collectionNames.map((name) => [name, readCollection(name, join(contentRoot, collections[name].directory))]),
	) as Record<CollectionName, CollectionRead>;
	const loaded = Object.fromEntries(collectionNames.map((name) => [name, read[name].entries])) as unknown as Omit<Handbook, 'organisation'>;

	const errors = [
		...organisation.errors,
		...collectionNames.flatMap((name) => read[name].errors),
		...collectionNames.flatMap((name) => danglingReferences(read[name], read)),
		...duplicateNumbers(loaded.themes, () => '', ''),
		...duplicateNumbers(loaded.rules, (rule) => rule.data.theme, ' in hetzelfde thema'),
		...duplicateNumbers(loaded.agreements, (a) => `${a.data.topic}/${a.data.kind}`, ' bij hetzelfde onderwerp en dezelfde soort'),
	];
	if (errors.length > 0 || !organisation.data) return { errors };
	return { handbook: { ...loaded, organisation: organisation.data }, errors };
}

interface CollectionRead {
	name: CollectionName;
	/** The valid entries, by id. */
	entries: Map<string, Entry<never>>;
	/** Every file found with a usable id, valid or not: a mistake in one file is reported once, not again by every file that refers to it. */
	ids: Map<string, string>;
	/** What every readable file says, valid or not, so its references are checked in the same run. */
	written: { file: string; data: unknown }[];
	errors: ContentError[];
}

function readCollection(name: CollectionName, folder: string): CollectionRead {
	const { directory, noun, schema } = collections[name];
	const result: CollectionRead = { name, entries: new Map(), ids: new Map(), written: [], errors: [] };
	for (const path of listFiles(folder)) {
		const file = displayPath(join(folder, path));
		const id = basename(path, extname(path));
		if (ignoredFiles.has(basename(path))) continue;
		if (!yamlExtensions.has(extname(path))) {
			result.errors.push({ file, message: `hoort hier niet; in ${directory}/ staan alleen .yaml-bestanden, één per ${noun}` });
		} else if (!idPattern.test(id)) {
			result.errors.push({ file, message: 'de bestandsnaam is ook de id; verwacht kleine letters, cijfers en streepjes (bijvoorbeeld team-noord-toon-in-de-chat.yaml)' });
		} else if (result.ids.has(id)) {
			result.errors.push({ file, message: `de id "${id}" bestaat al (${result.ids.get(id)}); verwacht een bestandsnaam die nog niet in ${directory}/ voorkomt` });
		} else {
			result.ids.set(id, file);
			const read = readYamlFile(join(folder, path), file);
			if (read.errors.length > 0) {
				result.errors.push(...read.errors);
				continue;
			}
			result.written.push({ file, data: read.data });
			const parsed = parseWithDutchErrors(schema, read.data, file);
			result.errors.push(...parsed.errors);
			if (parsed.data !== undefined) result.entries.set(id, { id, file, data: parsed.data as never });
		}
	}
	return result;
}

function danglingReferences(collection: CollectionRead, all: Record<CollectionName, CollectionRead>): ContentError[] {
	return collection.written.flatMap(({ file, data }) =>
		(collections[collection.name].references as readonly Reference[]).flatMap((reference) =>
			valuesAt(data, reference.field)
				.filter(([, value]) => typeof value === 'string' && !all[reference.target].ids.has(value))
				.map(([field, value]) => {
					const { noun, directory } = collections[reference.target];
					return { file, field, message: `verwijst naar ${noun} "${value}", maar er is geen ${noun} met die naam; verwacht de naam van een bestand in ${directory}/ (zonder .yaml)` };
				}),
		),
	);
}

/** The values found at a reference path such as `terms[]` or `source.document`, with the field to name. */
function valuesAt(data: unknown, path: string): [field: string, value: unknown][] {
	if (data === null || typeof data !== 'object') return [];
	const [head, ...rest] = path.split('.');
	const isList = head!.endsWith('[]');
	const key = isList ? head!.slice(0, -2) : head!;
	const value = (data as Record<string, unknown>)[key];
	if (value === undefined || (isList && !Array.isArray(value))) return [];
	const items: [string, unknown][] = isList ? (value as unknown[]).map((item, index) => [`${key}, punt ${index + 1}`, item]) : [[key, value]];
	return items.flatMap(([field, item]) =>
		rest.length === 0 ? [[field, item]] : valuesAt(item, rest.join('.')).map(([inner, found]): [string, unknown] => [`${field}.${inner}`, found]),
	);
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
