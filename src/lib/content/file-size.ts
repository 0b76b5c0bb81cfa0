/**
 * How big one content file may be. Pure, so the check of a file on disk and the check of a
 * proposal in the browser refuse the same size with the same words.
 */

/** No entry needs more: a long interpretation with a table is a few kilobytes. */
export const maxFileBytes = 100 * 1024;

const utf8 = new TextEncoder();

/** The size a text has when saved as UTF-8, as the file on disk would have. */
export const bytesOf = (text: string) => utf8.encode(text).length;

export function tooLargeMessage(bytes: number): string {
	return `is te groot (${Math.ceil(bytes / 1024)} kB); een bestand mag hoogstens ${maxFileBytes / 1024} kB zijn. Staat er per ongeluk iets anders in, of kan de tekst korter?`;
}
