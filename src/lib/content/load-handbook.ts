import type { CollectionName } from '../../schemas/collections.ts';
import { checkFile } from './check-file.ts';
import type { CheckOptions } from './check-text.ts';
import type { CheckFile } from './checked-files.ts';
import type { ReadText } from './content-files.ts';
import * as withCheck from './read-collections.ts';

export type { CollectionRead, Entry, Handbook } from './read-collections.ts';
export { readOrganisation } from './read-collections.ts';

/**
 * The readers of read-collections.ts with the check of each file afresh, its MDX body too, as the
 * default: for the tests, publishing and the editions of a build. `npm run check` reads through
 * read-collections.ts itself, with the checks of its cache, so as to load the MDX parser only when
 * a file is not there (check-in-parallel.ts).
 */

/** Reads and checks all content of the handbook (read-collections.ts). */
export function loadHandbook(contentRoot: string, settingsRoot = contentRoot, options?: CheckOptions, check: CheckFile = checkFile, readText?: ReadText) {
	return withCheck.loadHandbook(contentRoot, settingsRoot, options, check, readText);
}

/** Reads one collection: the valid entries and the problems, file by file (read-collections.ts). */
export function readCollection<N extends CollectionName>(name: N, contentRoot: string, options?: CheckOptions, check: CheckFile = checkFile, readText?: ReadText) {
	return withCheck.readCollection(name, contentRoot, options, check, readText);
}
