import { getEntry, type CollectionEntry } from 'astro:content';
import { trailsIn, type Crumb } from './breadcrumbs.ts';
import type { EditionLinks } from './paths.ts';

/** The rule or agreement an interpretation explains, with the trail that leads to it. */
export interface InterpretationParent {
	noun: 'regel' | 'werkafspraak';
	title: string;
	text: string;
	href: string;
	/** The list of all interpretations of this rule or agreement: its first page, or another. */
	list: (page?: number) => string;
	/** From the top of the handbook down to and including the rule or agreement itself. */
	trail: Crumb[];
}

/** The rule or agreement an interpretation explains, linked within the edition of `links`. */
export async function parentOf({ data }: CollectionEntry<'interpretations'>, links: EditionLinks): Promise<InterpretationParent> {
	return parentOfTarget(data.rule ? { rule: data.rule } : { agreement: data.agreement! }, links);
}

/** A rule or agreement as the pages of its interpretations name it and link to it, within the edition of `links`. */
export async function parentOfTarget(target: { rule: string } | { agreement: string }, links: EditionLinks): Promise<InterpretationParent> {
	const trails = trailsIn(links);
	if ('rule' in target) {
		const rule = (await getEntry('rules', target.rule))!;
		const theme = (await getEntry('themes', rule.data.theme))!;
		const href = links.rule(theme.id, rule.id);
		return {
			noun: 'regel',
			title: rule.data.title,
			text: rule.data.text,
			href,
			list: (page) => links.ruleInterpretations(theme.id, rule.id, page),
			trail: [...trails.rule(theme), { label: rule.data.title, href }],
		};
	}
	const agreement = (await getEntry('agreements', target.agreement))!;
	const topic = (await getEntry('topics', agreement.data.topic))!;
	const href = links.agreement(agreement.id);
	return {
		noun: 'werkafspraak',
		title: agreement.data.title,
		text: agreement.data.text,
		href,
		list: (page) => links.agreementInterpretations(agreement.id, page),
		trail: [...trails.agreement(topic), { label: agreement.data.title, href }],
	};
}
