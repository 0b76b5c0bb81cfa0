import { sectionLabels } from './labels.ts';
import type { EditionLinks } from './paths.ts';

/** One step of the trail above a page's title. */
export interface Crumb {
	label: string;
	href: string;
}

interface ThemeLike {
	id: string;
	data: { number: number; title: string };
}

/** The trail to each kind of page within an edition (its `links`), in one place, so every page names its parents the same way. */
export function trailsIn(links: EditionLinks) {
	const trails = {
		theme: (): Crumb[] => [{ label: sectionLabels.codeOfConduct, href: links.codeOfConduct }],
		rule: (theme: ThemeLike): Crumb[] => [...trails.theme(), { label: `Thema ${theme.data.number}: ${theme.data.title}`, href: links.theme(theme.id) }],
		agreement: (topic: { id: string; data: { title: string } }): Crumb[] => [
			{ label: sectionLabels.agreements, href: links.agreements },
			{ label: topic.data.title, href: `${links.agreements}#${topic.id}` },
		],
		term: (): Crumb[] => [{ label: sectionLabels.glossary, href: links.glossary }],
	};
	return trails;
}
