import { levels, type Level, type Status } from '../schemas/interpretation.ts';
import { standings, statusDescriptions, type Standing } from './statuses.ts';

interface HasStatus {
	id: string;
	data: { status: Status; date: string; rule?: string; agreement?: string; fictitious: boolean };
}

/** Only what teams and MTs really wrote counts as the state of the handbook; invented examples never do. */
export function realOnly<T extends HasStatus>(interpretations: Iterable<T>): T[] {
	return [...interpretations].filter((interpretation) => !interpretation.data.fictitious);
}

/** The real interpretations, and how many invented examples stand beside them: pages name the two apart. */
export function realAndExamples<T extends HasStatus>(interpretations: T[]): { real: T[]; exampleCount: number } {
	const real = realOnly(interpretations);
	return { real, exampleCount: interpretations.length - real.length };
}

interface HasLevel extends HasStatus {
	data: HasStatus['data'] & { level: Level };
}

/** The highest level first: what the directorate's MT agreed, then a department's MT, then a team. */
const levelRank = Object.fromEntries([...levels].reverse().map((level, rank) => [level, rank])) as Record<Level, number>;

/**
 * The order in which readers meet interpretations, on a rule or agreement page and in the list of
 * all its interpretations: by status (adopted, in discussion, proposed, lapsed); within a status
 * real wording before invented examples, the highest level first, and the newest first.
 */
export function readingOrder(a: HasLevel, b: HasLevel): number {
	return (
		statusDescriptions[a.data.status].order - statusDescriptions[b.data.status].order ||
		Number(a.data.fictitious) - Number(b.data.fictitious) ||
		levelRank[a.data.level] - levelRank[b.data.level] ||
		b.data.date.localeCompare(a.data.date) ||
		a.id.localeCompare(b.id)
	);
}

/** What an interpretation of `norm` names it by: its rule or its agreement. */
export const targetOf = (norm: { collection: 'rules' | 'agreements'; id: string }): { rule: string } | { agreement: string } =>
	norm.collection === 'rules' ? { rule: norm.id } : { agreement: norm.id };

/** The interpretations of one rule or one agreement, in reading order. */
export function interpretationsOf<T extends HasLevel>(all: T[], target: { rule: string } | { agreement: string }): T[] {
	const matches = 'rule' in target ? (i: T) => i.data.rule === target.rule : (i: T) => i.data.agreement === target.agreement;
	return all.filter(matches).sort(readingOrder);
}

/** Splits interpretations the way readers weigh them: agreed, still open, no longer valid. Every status has a standing, so none is left out. */
export function groupByStanding<T extends HasStatus>(interpretations: T[]): Record<Standing, T[]> {
	const groups = Object.fromEntries(standings.map((standing) => [standing, [] as T[]])) as Record<Standing, T[]>;
	for (const interpretation of interpretations) groups[statusDescriptions[interpretation.data.status].standing].push(interpretation);
	return groups;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-05-12" → "12 mei 2025". */
export function formatDate(isoDate: string): string {
	return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
