import type { CollectionEntry } from 'astro:content';
import type { HandbookContent } from './handbook-route-data.ts';
import { handbookOutline } from './handbook-outline.ts';
import type { EditionLinks } from './paths.ts';

/** The conversation cards printed together: the rules of one theme, or the work agreements of one topic. */
export interface CardSet {
	group: 'theme' | 'topic';
	/** The theme's or topic's id. */
	id: string;
	/** "Omgaan met anderen", as the theme or topic is called. */
	title: string;
	/** Where the set is printed from. */
	href: string;
	/** Its rules or agreements, in the order of the handbook. */
	norms: CollectionEntry<'rules' | 'agreements'>[];
}

/** Every set of an edition: the worked-out themes in the order of the code of conduct, then each topic with its agreements in reading order. */
export function cardSets(content: Pick<HandbookContent, 'themes' | 'rules' | 'topics' | 'agreements'>, links: EditionLinks): CardSet[] {
	const outline = handbookOutline(content);
	return [
		...outline.themes
			.filter(({ rules }) => rules.length > 0)
			.map(({ theme, rules }): CardSet => ({ group: 'theme', id: theme.id, title: theme.data.title, href: links.themeCards(theme.id), norms: rules })),
		...outline.topics
			.map(({ topic, kinds }): CardSet => ({ group: 'topic', id: topic.id, title: topic.data.title, href: links.topicCards(topic.id), norms: kinds.flatMap(({ agreements }) => agreements) }))
			.filter(({ norms }) => norms.length > 0),
	];
}
