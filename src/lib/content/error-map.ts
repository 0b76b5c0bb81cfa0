import type { z } from 'zod';
import { countOf } from '../count-of.ts';

/** A problem in one content file, said in Dutch for the author of that file. */
export interface ContentError {
	/** Path of the file, relative to the repository root. */
	file: string;
	/** The line in that file, counted from 1, where it is known. */
	line?: number;
	/** The field in that file, e.g. `status` or `do, punt 2`; absent when the whole file is wrong. */
	field?: string;
	/** What is wrong and what was expected. */
	message: string;
}

export function formatContentError({ file, line, field, message }: ContentError): string {
	const where = line ? `${file} (regel ${line})` : file;
	return field ? `${where} — veld "${field}": ${message}` : `${where}: ${message}`;
}

const typeNames: Record<string, string> = {
	string: 'tekst',
	number: 'een getal',
	int: 'een heel getal',
	boolean: 'true of false',
	array: 'een lijst',
	object: 'een groep velden',
	date: 'een datum',
};

/** How a value the author wrote is shown back to them. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'niets';
	if (value === null) return 'een lege waarde';
	if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
	if (Array.isArray(value)) return 'een lijst';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') return 'een groep velden';
	return String(value);
}

/**
 * zod's error map for content authors: every issue becomes one Dutch sentence that says what was
 * expected and what was found. Messages set on a schema itself take precedence over this map.
 */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
	const found = describeValue(issue.input);
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `ontbreekt; verwacht ${typeNames[issue.expected] ?? issue.expected}`;
			return `verwacht ${typeNames[issue.expected] ?? issue.expected}, gevonden: ${found}`;
		case 'invalid_value': {
			const expected = `verwacht een van: ${issue.values.map(String).join(', ')}`;
			return issue.input === undefined ? `ontbreekt; ${expected}` : `${expected}; gevonden: ${found}`;
		}
		case 'too_small':
			if (issue.origin === 'string') return 'is leeg; verwacht tekst';
			if (issue.origin === 'array') return `verwacht minstens ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`;
			return `verwacht minstens ${issue.minimum}, gevonden: ${found}`;
		case 'too_big':
			if (issue.origin === 'string') return `is te lang; verwacht hoogstens ${issue.maximum} tekens`;
			if (issue.origin === 'array') return `verwacht hoogstens ${issue.maximum} items`;
			return `verwacht hoogstens ${issue.maximum}, gevonden: ${found}`;
		case 'invalid_format':
			if (issue.format === 'date') return `verwacht een datum als JJJJ-MM-DD (bijvoorbeeld 2025-05-12), gevonden: ${found}`;
			if (issue.format === 'url') return `verwacht een webadres dat begint met https://, gevonden: ${found}`;
			return `heeft niet de verwachte vorm, gevonden: ${found}`;
		case 'unrecognized_keys':
			return 'dit veld bestaat niet; controleer de spelling of haal het weg';
		default:
			return `is ongeldig, gevonden: ${found}`;
	}
};

/** "do.2" → "do, punt 3": list positions are counted from 1 for people. */
export function formatFieldPath(path: readonly PropertyKey[]): string | undefined {
	if (path.length === 0) return undefined;
	return path
		.map((segment) => (typeof segment === 'number' ? `punt ${segment + 1}` : String(segment)))
		.join('.')
		.replace(/\.punt /g, ', punt ');
}

/** Finds the line of a field in the file an entry was read from. */
export type LocateField = (path: readonly PropertyKey[]) => number | undefined;

/** Validates one entry and returns its data, or the Dutch errors that name file, line and field. */
export function parseWithDutchErrors<T extends z.ZodType>(
	schema: T,
	data: unknown,
	file: string,
	locate: LocateField = () => undefined,
): { data: z.output<T>; errors: [] } | { data: undefined; errors: ContentError[] } {
	const result = schema.safeParse(data, { error: dutchErrorMap, reportInput: true });
	if (result.success) return { data: result.data, errors: [] };
	const errorAt = (path: readonly PropertyKey[], message: string): ContentError => {
		const line = locate(path);
		return { file, ...(line ? { line } : {}), field: formatFieldPath(path), message };
	};
	const errors = result.error.issues.flatMap((issue) =>
		// Unknown keys are reported on the object that holds them; name each key itself.
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => errorAt([...issue.path, key], issue.message))
			: [errorAt(issue.path, issue.message)],
	);
	return { data: undefined, errors };
}

/** All problems in the content as one Dutch report, one line per problem. */
export function formatErrorReport(errors: readonly ContentError[]): string {
	return [`De inhoud van het handboek bevat ${countOf(errors.length, 'fout', 'fouten')}:`, ...errors.map((error) => `  - ${formatContentError(error)}`)].join('\n');
}
