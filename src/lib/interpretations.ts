import type { Status } from '../schemas/interpretation.ts';
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

/** Adopted first, then what is discussed, proposed and lapsed; newest first within a status. */
export function byStatusThenDate(a: HasStatus, b: HasStatus): number {
	return statusDescriptions[a.data.status].order - statusDescriptions[b.data.status].order || b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** The interpretations of one rule or one agreement, in the order of byStatusThenDate. */
export function interpretationsOf<T extends HasStatus>(all: T[], target: { rule: string } | { agreement: string }): T[] {
	const matches = 'rule' in target ? (i: T) => i.data.rule === target.rule : (i: T) => i.data.agreement === target.agreement;
	return all.filter(matches).sort(byStatusThenDate);
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
