import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { idPattern } from '../schemas/common.ts';
import { collectionNames, collections, type CollectionName, type Reference } from '../schemas/collections.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { parseWithDutchErrors, type ContentError } from './error-map.ts';
import { listFiles, readYamlFile } from './read-yaml.ts';

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
	const errors: ContentError[] = [];
	const display = (path: string) => relative(process.cwd(), path) || path;

	const organisationFile = join(contentRoot, 'organisation.yaml');
	const organisation = readYamlFile(organisationFile, display(organisationFile));
	errors.push(...organisation.errors);
	const parsedOrganisation = organisation.data === undefined ? undefined : parseWithDutchErrors(organisationSchema, organisation.data, display(organisationFile));
	if (parsedOrganisation) errors.push(...parsedOrganisation.errors);

	const loaded = {} as Record<CollectionName, Map<string, Entry<unknown>>>;
	// Ids of every file found, valid or not: a mistake in one file is reported once, not again by
	// every file that refers to it.
	const existing = {} as Record<CollectionName, Map<string, string>>;
	// What every readable file says, valid or not, so its references are checked in the same run.
	const written: { name: CollectionName; file: string; data: unknown }[] = [];
	for (const name of collectionNames) {
		const { directory, noun, schema } = collections[name];
		const entries = new Map<string, Entry<unknown>>();
		loaded[name] = entries;
		existing[name] = new Map();
		const folder = join(contentRoot, directory);
		for (const path of listFiles(folder)) {
			const file = display(join(folder, path));
			if (ignoredFiles.has(basename(path))) continue;
			if (!yamlExtensions.has(extname(path))) {
				errors.push({ file, message: `hoort hier niet; in ${directory}/ staat elke ${noun} in een eigen .yaml-bestand` });
				continue;
			}
			const id = basename(path, extname(path));
			if (!idPattern.test(id)) {
				errors.push({ file, message: `de bestandsnaam is de id van de ${noun}; verwacht kleine letters, cijfers en streepjes (bijvoorbeeld team-noord-toon-in-de-chat.yaml)` });
				continue;
			}
			const duplicate = existing[name].get(id);
			if (duplicate) {
				errors.push({ file, message: `de id "${id}" bestaat al (${duplicate}); verwacht een unieke bestandsnaam voor elke ${noun}` });
				continue;
			}
			existing[name].set(id, file);
			const read = readYamlFile(join(folder, path), file);
			if (read.errors.length > 0) {
				errors.push(...read.errors);
				continue;
			}
			written.push({ name, file, data: read.data });
			const parsed = parseWithDutchErrors(schema, read.data, file);
			errors.push(...parsed.errors);
			if (parsed.data !== undefined) entries.set(id, { id, file, data: parsed.data });
		}
	}

	for (const entry of written) {
		for (const reference of collections[entry.name].references as readonly Reference[]) {
			for (const [field, value] of valuesAt(entry.data, reference.field)) {
				if (typeof value === 'string' && !existing[reference.target].has(value)) {
					const { noun, directory } = collections[reference.target];
					errors.push({
						file: entry.file,
						field,
						message: `verwijst naar ${noun} "${value}", maar die bestaat niet; verwacht de naam van een bestand in ${directory}/ (zonder .yaml)`,
					});
				}
			}
		}
	}
	errors.push(...duplicateNumbers(loaded.rules as Handbook['rules'], (rule) => rule.data.theme, 'regel', 'thema'));
	errors.push(...duplicateNumbers(loaded.themes as Handbook['themes'], () => '', 'thema', 'gedragscode'));
	errors.push(...duplicateNumbers(loaded.agreements as Handbook['agreements'], (a) => `${a.data.topic}/${a.data.kind}`, 'werkafspraak', 'soort'));

	if (errors.length > 0 || !parsedOrganisation?.data) return { errors };
	return { handbook: { ...(loaded as unknown as Omit<Handbook, 'organisation'>), organisation: parsedOrganisation.data }, errors };
}

/** The ids found at a reference path such as `terms[]` or `source.document`, with the field to name. */
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

/** Rules are numbered within their theme (and themes within the code); a number used twice is an error. */
function duplicateNumbers<T extends { number: number }>(
	entries: Map<string, Entry<T>>,
	groupOf: (entry: Entry<T>) => string,
	noun: string,
	group: string,
): ContentError[] {
	const seen = new Map<string, Entry<T>>();
	const errors: ContentError[] = [];
	for (const entry of entries.values()) {
		const key = `${groupOf(entry)}#${entry.data.number}`;
		const first = seen.get(key);
		if (first) {
			errors.push({ file: entry.file, field: 'number', message: `${noun}nummer ${entry.data.number} is in dit ${group} al gebruikt door ${first.file}; verwacht een uniek nummer` });
		} else seen.set(key, entry);
	}
	return errors;
}
