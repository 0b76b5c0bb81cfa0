import { collections, type CollectionName } from '../../schemas/collections.ts';
import { checkEntry, type CheckedEntry, type CheckOptions } from './check-entry.ts';
import { parseEntrySource } from './parse-entry-source.ts';
import { processWideCache } from './process-wide-cache.ts';

/**
 * Each file is checked once per process: the same text of the same file always gets the same
 * answer, however many readers (the config, the collections, the pages) ask for it.
 */
const checkedFiles = processWideCache<CheckedEntry<CollectionName>>('checked-files');

const keyOf = (name: CollectionName, text: string, file: string, options?: CheckOptions) => `${name}\0${options?.checkBody ?? true}\0${file}\0${text}`;

export function checkedOnce<N extends CollectionName>(name: N, text: string, file: string, options?: CheckOptions): CheckedEntry<N> {
	const key = keyOf(name, text, file, options);
	let checked = checkedFiles.get(key);
	if (!checked) checkedFiles.set(key, (checked = checkSafely(() => checkEntry(name, text, file, options), file)));
	return checked as CheckedEntry<N>;
}

/** A check done elsewhere (a worker thread) without the field locator, which a thread cannot pass on. */
export type CheckedElsewhere = Omit<CheckedEntry<CollectionName>, 'locate'>;

/**
 * Remembers a file checked elsewhere. Where its fields stand is only needed to name the line of a
 * reference to nothing, so the file is parsed again for that only when it is asked.
 */
export function rememberChecked(name: CollectionName, text: string, file: string, checked: CheckedElsewhere): void {
	let locate: CheckedEntry<CollectionName>['locate'];
	const lazyLocate = (path: readonly PropertyKey[]) => {
		locate ??= parseEntrySource(text, collections[name].format, file).source?.locate ?? (() => undefined);
		return locate(path);
	};
	checkedFiles.set(keyOf(name, text, file), { ...checked, ...(checked.written ? { locate: lazyLocate } : {}) });
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
