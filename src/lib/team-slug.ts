import { maxTitleLength } from '../schemas/common.ts';
import { slugify } from './proposal/slug.ts';

/**
 * The last part of a team's address (/teams/<slug>/), made from its name alone: lowercase
 * letters, digits and hyphens. It never depends on the team's interpretations, so the address
 * stays when they change. Two names with the same slug ("Team Noord-Oost", "Team Noord Oost")
 * are refused by the content check (src/lib/content/team-slug-clashes.ts). A module of its own:
 * the check needs only this, not the sorting and dates of teams.ts (~25 ms of Intl to load).
 */
export const teamSlug = (name: string): string => slugify(name, maxTitleLength);
