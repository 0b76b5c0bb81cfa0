import type { Interpretation } from '../../schemas/interpretation.ts';
import { paths } from '../paths.ts';
import { teamSlug } from '../team-slug.ts';
import type { ContentError } from './error-map.ts';
import type { Entry } from './load-handbook.ts';

/**
 * A team's page is addressed by its name alone (/teams/<slug>/). Two different names that make
 * the same address ("Team Noord-Oost" and "Team Noord Oost", or "Team noord" and "Team Noord")
 * would share one page, so the check refuses the second and names the file of the first: most
 * often it is one team written two ways.
 */
export function teamSlugClashes(interpretations: Map<string, Entry<Interpretation>>): ContentError[] {
	const firstBySlug = new Map<string, Entry<Interpretation>>();
	return [...interpretations.values()].flatMap((entry) => {
		const slug = teamSlug(entry.data.team);
		const first = firstBySlug.get(slug);
		if (!first) {
			firstBySlug.set(slug, entry);
			return [];
		}
		if (first.data.team === entry.data.team) return [];
		return [
			{
				file: entry.file,
				field: 'team',
				message: `"${entry.data.team}" krijgt hetzelfde adres (${paths.team(slug)}) als "${first.data.team}" in ${first.file}; verwacht voor hetzelfde team precies dezelfde schrijfwijze, of een naam die meer verschilt als het een ander team is`,
			},
		];
	});
}
