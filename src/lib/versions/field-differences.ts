import { wordsDiffer, plainTextOf } from './word-diff.ts';

/** One field of an entry as a reader sees it in two versions. */
export interface FieldDifference {
	/** What the field is called on the page, in Dutch. */
	label: string;
	before: string;
	after: string;
	/**
	 * Whose words these are: the entry's own (a rule's text, a team's wording), or the handbook's
	 * note beside a rule or agreement ("Over deze tekst"), which is a different change.
	 */
	part: 'own' | 'note';
}

interface Readable {
	data: Record<string, unknown>;
	body?: string;
}

/**
 * The wording of a rule, agreement or interpretation, by the Dutch names its page gives them: what
 * "changed" means between versions, both in the list of changes and word by word on the page. A
 * rule that only gets another number, source section or list of terms is not worded differently.
 */
export const wordingFields: Record<string, string> = {
	title: 'Titel',
	text: 'Tekst',
	do: 'Wel doen',
	dont: 'Niet doen',
	dilemmas: 'Open dilemma’s',
};

const asText = (value: unknown): string => (Array.isArray(value) ? value.map(asText).join('\n') : typeof value === 'string' ? value : '');

/**
 * Which of those fields, and the prose of the file, read differently in the later version: what
 * a page shows word by word under "Wat is er veranderd".
 */
export function fieldDifferences(before: Readable, after: Readable, body: { label: string; part: FieldDifference['part'] }): FieldDifference[] {
	const fields = Object.entries(wordingFields).map(([field, label]) => ({ label, before: asText(before.data[field]), after: asText(after.data[field]), part: 'own' as const }));
	const fieldsChanged = fields.filter((field) => field.before !== field.after && wordsDiffer(field.before, field.after));
	// Most entries keep their prose from one version to the next: only differing prose is parsed.
	if ((before.body ?? '') === (after.body ?? '')) return fieldsChanged;
	const prose = { ...body, before: plainTextOf(before.body ?? ''), after: plainTextOf(after.body ?? '') };
	return wordsDiffer(prose.before, prose.after) ? [...fieldsChanged, prose] : fieldsChanged;
}
