import { checkEntry } from './check-entry.ts';
import { checkSafely, type CheckFile } from './checked-files.ts';

/**
 * Checks one file on this thread, its MDX body too. This brings the MDX parser (~0.2 s to load),
 * so `npm run check` imports this module only when a file is not in its check cache
 * (check-in-parallel.ts); with every file there, it never loads the parser.
 */
export const checkFile: CheckFile = (name, text, file, options) => checkSafely(() => checkEntry(name, text, file, options), file);
