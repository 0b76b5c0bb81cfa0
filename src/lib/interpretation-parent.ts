import { getEntry, type CollectionEntry } from 'astro:content';
import { trails, type Crumb } from './breadcrumbs.ts';
import { routes } from './routes.ts';

/** The rule or agreement an interpretation explains, with the trail that leads to it. */
export interface InterpretationParent {
	kind: 'regel' | 'werkafspraak';
	title: string;
	text: string;
	href: string;
	/** From the top of the handbook down to and including the rule or agreement itself. */
	trail: Crumb[];
}

export async function parentOf({ data }: CollectionEntry<'interpretations'>): Promise<InterpretationParent> {
	if (data.rule) {
		const rule = (await getEntry('rules', data.rule))!;
		const theme = (await getEntry('themes', rule.data.theme))!;
		const href = routes.rule(theme.id, rule.id);
		return { kind: 'regel', title: rule.data.title, text: rule.data.text, href, trail: [...trails.rule(theme), { label: rule.data.title, href }] };
	}
	const agreement = (await getEntry('agreements', data.agreement!))!;
	const topic = (await getEntry('topics', agreement.data.topic))!;
	const href = routes.agreement(agreement.id);
	return { kind: 'werkafspraak', title: agreement.data.title, text: agreement.data.text, href, trail: [...trails.agreement(topic), { label: agreement.data.title, href }] };
}
