import type { Root } from 'mdast';
import type { z } from 'zod';
import type { collections, CollectionDefinition, CollectionName } from '../../schemas/collections.ts';
import { parseWithDutchErrors, type ContentError, type LocateField } from './error-map.ts';
import { bytesOf, maxFileBytes, tooLargeMessage } from './file-size.ts';
import { parseEntrySource } from './parse-entry-source.ts';
import { templateLeftovers } from './template-leftovers.ts';

export type EntryData<N extends CollectionName> = z.output<(typeof collections)[N]['schema']>;

export interface CheckedEntry<N extends CollectionName> {
	/** Every field as written, valid or not, so references can be checked in the same run. */
	written?: Record<string, unknown>;
	/** Where each written field stands in the file. */
	locate?: LocateField;
	/** The fields after the schema: present only when the whole entry is valid. */
	data?: EntryData<N>;
	body: string;
	errors: ContentError[];
	/** The parse of the body, when asked for (`keepTree`). */
	tree?: Root;
}

/** What a file's text is checked against: how it is written and the fields it must hold. */
export type TextDefinition = Pick<CollectionDefinition, 'format' | 'schema' | 'bodyRequired' | 'placeholders'>;

export interface CheckOptions {
	/**
	 * Whether to hold the MDX body to the safe subset (the costly part of a check). Off only for
	 * the frozen files of a published version: they passed this check when they were published,
	 * and their checksums prove they have not changed since.
	 */
	checkBody?: boolean;
	/**
	 * Whether to return the body's parse (`tree`), for a build that renders the body next
	 * (check-in-parallel.ts): a body is then parsed once, not twice. Rendering changes the tree, and
	 * it is never stored or sent to another thread.
	 */
	keepTree?: boolean;
}

/** Holds an MDX body to the safe subset: `checkMdxBody` (check-mdx-body.ts), which brings the MDX parser. */
export type MdxBodyCheck = (body: string, file: string, firstLine: number) => { errors: ContentError[]; tree?: Root };

/**
 * Checks the text of any content file, an entry or organisation.yaml, against its definition.
 * The MDX body check comes from the caller: checking only fields (a YAML file, or `checkBody` off)
 * needs none, so it never loads the MDX parser (check-file.ts loads it where a body is checked).
 */
export function checkText(
	{ format, schema, bodyRequired, placeholders }: TextDefinition,
	text: string,
	file: string,
	{ checkBody = true, keepTree = false }: CheckOptions = {},
	checkMdxBody?: MdxBodyCheck,
): CheckedEntry<CollectionName> {
	// The same limit as a file on disk, for text that never was one: the proposal form's.
	const bytes = bytesOf(text);
	if (bytes > maxFileBytes) return { body: '', errors: [{ file, message: tooLargeMessage(bytes) }] };
	const { source, errors } = parseEntrySource(text, format, file);
	if (!source) return { body: '', errors };

	const parsed = parseWithDutchErrors(schema, source.data, file, source.locate);
	const body = source.body.trim();
	const bodyErrors: ContentError[] = [];
	let tree: Root | undefined;
	if (format === 'mdx' && checkBody) {
		// A caller that forgot the body check would pass unsafe MDX: never silently.
		if (!checkMdxBody) throw new Error(`checkText: ${file} has an MDX body to check, but no checkMdxBody was given`);
		if (bodyRequired && body === '') {
			bodyErrors.push({ file, line: source.bodyLine, message: 'de tekst van de afspraak ontbreekt; schrijf in gewone zinnen wat jullie afspreken (in het bestand: onder de tweede regel ---)' });
		}
		const checkedBody = checkMdxBody(source.body, file, source.bodyLine);
		bodyErrors.push(...checkedBody.errors);
		if (keepTree) tree = checkedBody.tree;
	}
	// Not for a frozen version (checkBody off): it passed the check of its day and never changes.
	if (placeholders && checkBody) bodyErrors.push(...templateLeftovers(placeholders, source, file));
	const allErrors = [...parsed.errors, ...bodyErrors];
	return {
		written: source.data,
		locate: source.locate,
		data: allErrors.length === 0 ? (parsed.data as EntryData<CollectionName>) : undefined,
		body,
		errors: allErrors,
		...(tree ? { tree } : {}),
	};
}
