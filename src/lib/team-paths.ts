import { getCollection, type CollectionEntry } from 'astro:content';
import type { Status } from '../schemas/interpretation.ts';
import { listPages, statusPlaces, type ListPage, type StatusPlace } from './interpretation-list.ts';
import { teamBounds, teamsOf, type Team } from './teams.ts';

type Interpretation = CollectionEntry<'interpretations'>;

/** A team or MT as a row of the index: no interpretations, only what the row says about them. */
export type TeamRow = Omit<Team<Interpretation>, 'interpretations'> & { total: number };

/** What one page of the index of teams and MTs shows. */
export interface TeamIndexProps {
	page: ListPage<TeamRow>;
	/** How many of all teams are real, and how many only invented examples: the same on every page. */
	realTeams: number;
	exampleTeams: number;
}

/** What one page of a team's own page shows. */
export interface TeamPageProps {
	team: TeamRow;
	page: ListPage<Interpretation>;
	/** Each status in the team's whole list, with its count and pages: the same on every page. */
	places: StatusPlace[];
	/** The status of the item just before this page, so a group that carries on says so. */
	statusBefore?: Status;
}

/** Astro's getStaticPaths runs before route data exists, so the pages of teams read the collection here, once. */
const teamsOfEdition = async () => teamsOf(await getCollection('interpretations'));
const rowOf = ({ interpretations, ...team }: Team<Interpretation>): TeamRow => ({ ...team, total: interpretations.length });

/** The pages of the index of teams: /teams/, /teams/2/, … (none when no team has written anything). */
export async function teamIndexPaths(): Promise<{ params: { page: string | undefined }; props: TeamIndexProps }[]> {
	const rows = (await teamsOfEdition()).map(rowOf);
	const exampleTeams = rows.filter((row) => row.example).length;
	// The index is in the menu of every page, so it exists even before any team has written anything.
	const pages = listPages(rows, teamBounds.perIndexPage);
	if (pages.length === 0) pages.push({ number: 1, pages: 1, items: [], first: 0, last: 0, total: 0 });
	return pages.map((page) => ({
		params: { page: page.number === 1 ? undefined : String(page.number) },
		props: { page, realTeams: rows.length - exampleTeams, exampleTeams },
	}));
}

/** The pages of every team and MT: /teams/<slug>/, and /teams/<slug>/2/ for a team with many interpretations. */
export async function teamPagePaths(): Promise<{ params: { team: string; page: string | undefined }; props: TeamPageProps }[]> {
	return (await teamsOfEdition()).flatMap((team) => {
		const ordered = team.interpretations;
		const places = statusPlaces(ordered, teamBounds.perTeamPage);
		return listPages(ordered, teamBounds.perTeamPage).map((page) => ({
			params: { team: team.slug, page: page.number === 1 ? undefined : String(page.number) },
			props: { team: rowOf(team), page, places, statusBefore: ordered[page.first - 2]?.data.status },
		}));
	});
}
