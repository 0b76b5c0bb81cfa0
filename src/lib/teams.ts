import type { Level, Status } from '../schemas/interpretation.ts';
import { readingOrder } from './interpretations.ts';
import { statusOrder } from './statuses.ts';
import { teamSlug } from './team-slug.ts';

export { teamSlug };

/**
 * How much one page about teams carries. Every team and MT of the directorate may add wording,
 * so the index of teams and a busy team's own page are paged, like the lists of interpretations:
 * each page stays the same size whether there are 20 teams or 2,000.
 */
export const teamBounds = {
	/** Teams and MTs on one page of the index. */
	perIndexPage: 100,
	/** Interpretations on one page of a team's own page; each shows its wording's first paragraph and do's and don'ts. */
	perTeamPage: 20,
};

interface TeamInterpretation {
	id: string;
	data: { team: string; level: Level; status: Status; date: string; fictitious: boolean; rule?: string; agreement?: string };
}

/** A team or MT as its pages show it: every interpretation under its name, in reading order. */
export interface Team<T extends TeamInterpretation> {
	name: string;
	slug: string;
	/** In reading order: by status, real before examples, the highest level first, the newest first. */
	interpretations: T[];
	/** Only invented examples bear its name: the team itself is an example, and is never counted. */
	example: boolean;
	/** How many of its real interpretations have each status; examples are never counted. */
	realCounts: Partial<Record<Status, number>>;
	exampleCount: number;
}

/** Dutch alphabetical order, so "Team Zuid" comes after "Team noord" whatever the case. */
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare;

/**
 * Every team and MT named in `interpretations`, grouped by name in one pass: the real ones first,
 * then the invented examples, each part in alphabetical order. This is the order of the index.
 */
export function teamsOf<T extends TeamInterpretation>(interpretations: Iterable<T>): Team<T>[] {
	const byTeam = Map.groupBy(interpretations, (interpretation) => interpretation.data.team);
	const teams = [...byTeam].map(([name, own]): Team<T> => {
		const realCounts: Partial<Record<Status, number>> = {};
		let exampleCount = 0;
		for (const { data } of own) {
			if (data.fictitious) exampleCount++;
			else realCounts[data.status] = (realCounts[data.status] ?? 0) + 1;
		}
		return { name, slug: teamSlug(name), interpretations: own.sort(readingOrder), example: exampleCount === own.length, realCounts, exampleCount };
	});
	return teams.sort((a, b) => Number(a.example) - Number(b.example) || byName(a.name, b.name) || a.name.localeCompare(b.name));
}

/** The statuses a team's real interpretations have, in reading order, with their counts. */
export const countsInOrder = (counts: Partial<Record<Status, number>>): { status: Status; count: number }[] =>
	statusOrder.filter((status) => counts[status]).map((status) => ({ status, count: counts[status]! }));
