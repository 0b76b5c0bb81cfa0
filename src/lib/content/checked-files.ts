import type { z } from 'zod';
import { collections, type CollectionName } from '../../schemas/collections.ts';
import { checkText, type CheckedEntry, type CheckOptions } from './check-text.ts';
import type { ContentError } from './error-map.ts';
import { parseEntrySource } from './parse-entry-source.ts';

/**
 * How a reader checks one file: on the spot (`checkFile`, check-file.ts), or by looking up a check
 * done before on another thread or in the check cache (`checkedBefore`, check-cache.ts).
 */
export type CheckFile = <N extends CollectionName>(name: N, text: string, file: string, options?: CheckOptions) => CheckedEntry<N>;

/**
 * Checks the fields of one file on this thread, never its body (`checkBody: false`, the frozen
 * files of a published version): without the MDX parser, which `npm run check` then need not load.
 */
export const checkFieldsOnly: CheckFile = (name, text, file, options) => {
	// Outside checkSafely: a body to check here is a mistake in the code (or a file that appeared while the check ran), not in the file.
	if (options?.checkBody !== false) throw new Error(`${file} kwam erbij terwijl de controle liep; draai npm run check opnieuw (checkFieldsOnly kreeg een tekst om te controleren)`);
	return checkSafely(() => checkText(collections[name], text, file, options), file) as CheckedEntry<typeof name>;
};

/** What checking a YAML file of settings (organisation.yaml, jargon.yaml) gave: its fields after the schema, when valid. */
export interface SettingsCheck {
	data?: Record<string, unknown>;
	errors: ContentError[];
}

/** The checks of settings files remembered from an earlier run, by kind, path and text (check-cache.ts). */
export interface RememberedSettings {
	get(kind: string, file: string, text: string): SettingsCheck | undefined;
	set(kind: string, file: string, text: string, checked: SettingsCheck): void;
}

/**
 * Checks a YAML file of settings against its schema, or takes the check `remembered` for the same
 * text: with it, `npm run check` on unchanged content parses no YAML at all (~50 ms of a cold parser).
 */
export function checkSettings(kind: 'organisation' | 'jargon', schema: z.ZodType, text: string, file: string, remembered?: RememberedSettings): SettingsCheck {
	const known = remembered?.get(kind, file, text);
	if (known) return known;
	const { data, errors } = checkSafely(() => checkText({ format: 'yaml', schema }, text, file), file);
	const checked = { data: data as Record<string, unknown> | undefined, errors };
	remembered?.set(kind, file, text, checked);
	return checked;
}

/** A check done elsewhere (a worker thread) without the field locator, which a thread cannot pass on. */
export type CheckedElsewhere = Omit<CheckedEntry<CollectionName>, 'locate'>;

/** A file checked elsewhere, with the text it was checked for. */
export interface CheckedFile {
	name: CollectionName;
	text: string;
	file: string;
	checked: CheckedElsewhere;
}

/**
 * Checks done before (on worker threads or stored in the check cache, check-in-parallel.ts), looked
 * up by file; a file whose text changed since, or that was not among them, is checked with
 * `otherwise` (on the spot). Gives the same answers and messages as checking the files one by one.
 */
export function checkedBefore(files: Iterable<CheckedFile>, otherwise: CheckFile): CheckFile {
	const byFile = new Map<string, CheckedFile>();
	for (const done of files) byFile.set(`${done.name}\0${done.file}`, done);
	return (name, text, file, options) => {
		const done = byFile.get(`${name}\0${file}`);
		if (!done || done.text !== text || options?.checkBody === false) return otherwise(name, text, file, options);
		return withLocator(done) as CheckedEntry<typeof name>;
	};
}

/**
 * Where a file's fields stand is only needed to name the line of a reference to nothing, so a file
 * checked elsewhere is parsed again for that only when it is asked.
 */
export function withLocator({ name, text, file, checked }: CheckedFile): CheckedEntry<CollectionName> {
	if (!checked.written) return checked;
	let locate: CheckedEntry<CollectionName>['locate'];
	const lazyLocate = (path: readonly PropertyKey[]) => {
		locate ??= parseEntrySource(text, collections[name].format, file).source?.locate ?? (() => undefined);
		return locate(path);
	};
	return { ...checked, locate: lazyLocate };
}

/**
 * Every input the check knows of gets its own Dutch message; should some text still throw inside a
 * parser, that file is refused and the others are checked all the same.
 */
export function checkSafely<N extends CollectionName>(check: () => CheckedEntry<N>, file: string): CheckedEntry<N> {
	try {
		return check();
	} catch {
		return { body: '', errors: [{ file, message: 'kon niet worden gecontroleerd: de opmaak is te ingewikkeld of beschadigd. Begin opnieuw vanuit het voorbeeld in CONTRIBUTING.md' }] };
	}
}
