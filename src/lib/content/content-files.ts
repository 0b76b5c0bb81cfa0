import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type { ContentFormat } from '../../schemas/collections.ts';
import type { ContentError } from './error-map.ts';
import { maxFileBytes, tooLargeMessage } from './file-size.ts';

/**
 * Which files are content. The content check, Astro's collections and the tests all list files
 * through here, so they cannot disagree about what counts.
 */

/** The one extension each format is written in. */
export const extensionOf: Record<ContentFormat, string> = { yaml: '.yaml', mdx: '.mdx' };

/** A README in a content folder explains that folder to its authors; it is never an entry. */
const folderNotes = new Set(['README.md']);

/**
 * Every candidate entry under a collection's folder, as sorted paths relative to it: all files
 * except hidden ones and folder notes. Whether a candidate is a valid entry is the check's to say,
 * so a misnamed file is reported rather than silently skipped.
 */
export function listCollectionFiles(folder: string): string[] {
	return listFiles(folder).filter((path) => !folderNotes.has(path.split(sep).at(-1)!));
}

/**
 * `join(folder, path)` for a `path` that listFiles gave for `folder`: both are normalised already,
 * and path.join normalising them again cost ~5 µs a file, twice per file per run (~50 ms at 5,000).
 */
export const pathIn = (folder: string, path: string): string => `${folder}${sep}${path}`;

/** An entry's id is its file name without the extension, in whichever folder of its collection it is. */
export const idOf = (path: string) => basename(path, extname(path));

/** Every file under a folder (hidden ones skipped), as sorted paths relative to that folder. */
export function listFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	const found: string[] = [];
	// Folder by folder rather than readdirSync's `recursive`, which asks the disk about every file once more: thousands of calls at 5,000 interpretations.
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}${sep}`);
			else if (entry.isFile()) found.push(`${prefix}${entry.name}`);
		}
	};
	walk(directory, '');
	return found.sort();
}

/** Paths in messages are relative to where the command runs, as an author types them. */
export const displayPath = (path: string) => relative(process.cwd(), path) || path;

/** `displayPath` of each file in one folder (given relative to it, as listFiles does), with the folder's worked out once: thousands of files share it. */
export function displayPathIn(folder: string): (path: string) => string {
	const shown = relative(process.cwd(), folder);
	return (path) => (shown ? pathIn(shown, path) : path);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How a reader gets the text of one content file, or why it cannot be read as text. */
export type ReadText = (absolutePath: string, file: string) => { text?: string; errors: ContentError[] };

const notUtf8 = 'is geen tekst in UTF-8; sla het bestand op als gewone tekst met de codering UTF-8';

/**
 * The text of one content file, or why it cannot be read as text. Read through one descriptor with
 * Node's own UTF-8 reader (thousands of files a run); it puts U+FFFD for bytes that are not UTF-8,
 * so a text with U+FFFD is decoded again strictly, to tell such bytes from the character itself.
 */
export function readContentText(absolutePath: string, file: string): { text?: string; errors: ContentError[] } {
	const descriptor = openSync(absolutePath, 'r');
	try {
		const { size } = fstatSync(descriptor);
		if (size > maxFileBytes) {
			return { errors: [{ file, message: tooLargeMessage(size) }] };
		}
		const text = readFileSync(descriptor, 'utf8');
		if (text.includes('\uFFFD')) return { text: utf8.decode(readFileSync(absolutePath)), errors: [] };
		// As TextDecoder does: a byte-order mark is not part of the text.
		return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, errors: [] };
	} catch {
		return { errors: [{ file, message: notUtf8 }] };
	} finally {
		closeSync(descriptor);
	}
}
