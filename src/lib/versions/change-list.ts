import { countOf } from '../count-of.ts';
import type { Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import { pageBounds } from '../interpretation-list.ts';
import { fictitiousSearchSuffix } from '../labels.ts';
import { paths } from '../routes.ts';
import type { Changes, InterpretationChange, NormChange } from './changes.ts';
import type { PageChange, PageChangeGroups, PageChanges } from './page-changes.ts';

/** One line of a list of changes: what it is, and where a reader sees it. */
export interface ChangeItem {
	title: string;
	href: string;
}

/** A group of changes under one heading, such as "Nieuwe regels". */
export interface ChangeGroup {
	heading: string;
	items: ChangeItem[];
	/** How many changes the group has, when it lists only the first (pageBounds.changes) of them. */
	total?: number;
}

/**
 * Interpretations change by the hundred once every team adds wording; a group lists the first
 * pageBounds.changes of them, real wording before invented examples, and counts the rest.
 */
function bounded(heading: string, changes: InterpretationChange[], item: (change: InterpretationChange) => ChangeItem): ChangeGroup {
	const listed = [...changes].sort((a, b) => Number(a.fictitious) - Number(b.fictitious)).slice(0, pageBounds.changes);
	return { heading, items: listed.map(item), ...(changes.length > listed.length ? { total: changes.length } : {}) };
}

/** A part of the changes page: the code's rules, the work agreements, the teams' wording. */
export interface ChangeSection {
	slug: string;
	heading: string;
	groups: ChangeGroup[];
}

/** The rules of an edition, as far as a link to a rule's page needs them. */
type RulesOf = { rules: { id: string; data: { theme: string } }[] };

/**
 * The changes between two editions as a reader scans them: per kind of entry, what is new,
 * changed or gone, each linked to its page — in this edition, or in the one before for what is
 * gone. Invented examples say so in their title, and never count in the summary. Only groups and
 * sections with something in them are returned.
 */
export function changeSections(changes: Changes, pageChanges: PageChanges, edition: Edition, previous: Edition, content: { after: RulesOf; before: RulesOf }): ChangeSection[] {
	const inHere = (path: string) => samePageIn(edition, path);
	const there = (path: string) => samePageIn(previous, path);
	const themes = new Map([...content.before.rules, ...content.after.rules].map((rule) => [rule.id, rule.data.theme]));
	const interpretation = (link: (path: string) => string) => (change: InterpretationChange): ChangeItem => ({
		title: change.fictitious ? `${change.title} ${fictitiousSearchSuffix}` : change.title,
		href: link(paths.interpretation(change.id)),
	});
	/** Rules, agreements, terms and pages: new and updated ones link here, gone ones to the version before. */
	const section = <T extends { title: string }>(slug: string, heading: string, groups: { added: T[]; changed: T[]; removed: T[] }, changedHeading: string, pathOf: (item: T) => string): ChangeSection => ({
		slug,
		heading,
		groups: [
			{ heading: 'Nieuw in het handboek', items: groups.added.map((item) => ({ title: item.title, href: inHere(pathOf(item)) })) },
			{ heading: changedHeading, items: groups.changed.map((item) => ({ title: item.title, href: inHere(pathOf(item)) })) },
			{ heading: 'Niet meer in het handboek', items: groups.removed.map((item) => ({ title: item.title, href: there(pathOf(item)) })) },
		],
	});
	const sections: ChangeSection[] = [
		section('regels', 'Regels van de gedragscode', changes.rules, 'Anders geformuleerd', (rule: NormChange) => paths.rule(themes.get(rule.id)!, rule.id)),
		section('werkafspraken', 'Werkafspraken', changes.agreements, 'Anders geformuleerd', (agreement: NormChange) => paths.agreement(agreement.id)),
		{
			slug: 'afspraken-van-teams',
			heading: 'Afspraken van teams en MT’s',
			groups: [
				bounded('Vastgesteld', changes.interpretations.adopted, interpretation(inHere)),
				bounded('Vastgesteld en anders geformuleerd', changes.interpretations.changed, interpretation(inHere)),
				bounded('Niet meer vastgesteld: vervallen of weer in gesprek', changes.interpretations.withdrawn, (change) => interpretation(change.status ? inHere : there)(change)),
				bounded('Nieuw voorgesteld', changes.interpretations.proposed, interpretation(inHere)),
			],
		},
		section('begrippen', 'Begrippen', pageChanges.terms, 'Bijgewerkt', (term: PageChange) => term.path),
		section('uitleg-en-hulp', 'Uitleg en hulp', pageChanges.pages, 'Bijgewerkt', (page: PageChange) => page.path),
	];
	return sections.map((found) => ({ ...found, groups: found.groups.filter((group) => group.items.length > 0) })).filter((found) => found.groups.length > 0);
}

/** The changes in a few Dutch lines, real ones only: for the list of versions, the feed and publishing. */
export function changeSummary(changes: Changes, pageChanges?: PageChanges): string[] {
	const real = <T extends { fictitious: boolean }>(items: T[]) => items.filter((item) => !item.fictitious).length;
	const lines = [
		[changes.rules.added.length, 'regel toegevoegd', 'regels toegevoegd'],
		[changes.rules.changed.length, 'regel anders geformuleerd', 'regels anders geformuleerd'],
		[changes.rules.removed.length, 'regel uit het handboek', 'regels uit het handboek'],
		[changes.agreements.added.length, 'werkafspraak toegevoegd', 'werkafspraken toegevoegd'],
		[changes.agreements.changed.length, 'werkafspraak anders geformuleerd', 'werkafspraken anders geformuleerd'],
		[changes.agreements.removed.length, 'werkafspraak uit het handboek', 'werkafspraken uit het handboek'],
		[real(changes.interpretations.adopted), 'afspraak van een team of MT vastgesteld', 'afspraken van teams en MT’s vastgesteld'],
		[real(changes.interpretations.changed), 'vastgestelde afspraak anders geformuleerd', 'vastgestelde afspraken anders geformuleerd'],
		[real(changes.interpretations.withdrawn), 'afspraak niet meer vastgesteld', 'afspraken niet meer vastgesteld'],
		[real(changes.interpretations.proposed), 'nieuw voorstel', 'nieuwe voorstellen'],
		[countChanged(pageChanges?.terms), 'begrip nieuw, bijgewerkt of weg', 'begrippen nieuw, bijgewerkt of weg'],
		[countChanged(pageChanges?.pages), 'pagina met uitleg of hulp nieuw, bijgewerkt of weg', 'pagina’s met uitleg of hulp nieuw, bijgewerkt of weg'],
	] as const;
	const summary = lines.filter(([count]) => count > 0).map(([count, one, many]) => countOf(count, one, many));
	return summary.length > 0 ? summary : ['Geen wijzigingen'];
}

const countChanged = (groups?: PageChangeGroups) => (groups ? groups.added.length + groups.changed.length + groups.removed.length : 0);
