import type { ContentError, LocateField } from './error-map.ts';
import { formatFieldPath } from './error-map.ts';

/** Text from a template that an author must replace before a file can be accepted. */
export interface Placeholder {
	/** The field that holds it, as a value or as an item of a list; absent for the body. */
	field?: string;
	text: string;
	/** For the body: a line that starts with this is the placeholder, also when the author added to it. */
	opening?: string;
	/** What belongs there instead, as read after "verwacht". */
	instead: string;
	/** What the author may also remove instead, when it is optional ("het punt"). */
	removable?: string;
}

/** Compared as a reader sees it: any spacing, any case, three dots for "…". */
const normalise = (text: string) => text.replace(/\.\.\./g, '…').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every placeholder still in a file: in its fields (named as `npm run check` names fields) and in
 * its body (by line), each with what belongs there instead.
 */
export function templateLeftovers(
	placeholders: readonly Placeholder[],
	{ data, body, bodyLine, locate }: { data: Record<string, unknown>; body: string; bodyLine: number; locate: LocateField },
	file: string,
): ContentError[] {
	const message = ({ text, opening, instead, removable }: Placeholder) => {
		const shown = opening ? `${opening}…` : text;
		return `staat nog zoals in het sjabloon ("${shown}"); verwacht ${instead}. Vervang de tekst uit het sjabloon${removable ? `, of haal ${removable} weg` : ''}`;
	};
	const inFields = placeholders.flatMap((placeholder) => {
		if (!placeholder.field) return [];
		const value = data[placeholder.field];
		const paths = Array.isArray(value) ? value.map((item, index) => ({ item, path: [placeholder.field!, index] })) : [{ item: value, path: [placeholder.field] }];
		return paths
			.filter(({ item }) => typeof item === 'string' && normalise(item) === normalise(placeholder.text))
			.map(({ path }): ContentError => {
				const line = locate(path);
				return { file, ...(line ? { line } : {}), field: formatFieldPath(path), message: message(placeholder) };
			});
	});
	const lines = body.split('\n').map(normalise);
	const inBody = placeholders.flatMap((placeholder) => {
		if (placeholder.field) return [];
		const at = lines.findIndex((line) => line === normalise(placeholder.text) || (placeholder.opening !== undefined && line.startsWith(normalise(placeholder.opening))));
		return at === -1 ? [] : [{ file, line: bodyLine + at, message: message(placeholder) }];
	});
	return [...inFields, ...inBody];
}
