import { sectionLabels } from './labels.ts';
import type { EditionRoutes } from './routes.ts';

/** One step of the trail above a page's title. */
export interface Crumb {
	label: string;
	href: string;
}

interface ThemeLike {
	id: string;
	data: { number: number; title: string };
}

/** The trail to each kind of page within an edition (its `routes`), in one place, so every page names its parents the same way. */
export function trailsIn(routes: EditionRoutes) {
	const trails = {
		theme: (): Crumb[] => [{ label: sectionLabels.codeOfConduct, href: routes.codeOfConduct }],
		rule: (theme: ThemeLike): Crumb[] => [...trails.theme(), { label: `Thema ${theme.data.number}: ${theme.data.title}`, href: routes.theme(theme.id) }],
		agreement: (topic: { id: string; data: { title: string } }): Crumb[] => [
			{ label: sectionLabels.agreements, href: routes.agreements },
			{ label: topic.data.title, href: `${routes.agreements}#${topic.id}` },
		],
		term: (): Crumb[] => [{ label: sectionLabels.glossary, href: routes.glossary }],
	};
	return trails;
}
