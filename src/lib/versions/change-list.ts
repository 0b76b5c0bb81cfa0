import { countOf } from '../count-of.ts';
import type { Edition } from '../edition.ts';
import { samePageIn } from '../edition-links.ts';
import { pageBounds } from '../interpretation-list.ts';
import { fictitiousSearchSuffix } from '../labels.ts';
import { paths } from '../paths.ts';
import type { Changes, InterpretationChange, NormChange } from './changes.ts';
import { standingOf } from '../statuses.ts';
import type { PageChange, PageChangeGroups, PageChanges } from './page-changes.ts';

/** One line of a list of changes: what it is, and where a reader sees it. */
export interface ChangeItem {
	title: string;
	href: string;
	/** Whose it is and what it is about, for a team's wording: "Team Noord, over de regel Niet pesten". */
	detail?: string;
}

/** A group of changes under one heading, such as "Nieuwe regels". */
export interface ChangeGroup {
	heading: string;
	/** A sentence under the heading that says what kind of change this is, when the heading alone could mislead. */
	note?: string;
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

/** The rules and agreements of an edition, as far as links and names on the changes page need them. */
type NormsOf = {
	rules: { id: string; data: { theme: string; title: string } }[];
	agreements: { id: string; data: { title: string } }[];
};

/** Why an adopted wording is no longer adopted: lapsed, open again, or taken out of the handbook. */
export type Withdrawal = 'vervallen' | 'heropend' | 'weg';
export const withdrawalOf = (change: InterpretationChange): Withdrawal => (!change.status ? 'weg' : standingOf(change.status) === 'lapsed' ? 'vervallen' : 'heropend');

/** The notes beside rules and agreements are the handbook's own words, not the rule's: said so wherever they are listed. */
export const noteChangedNote = (noun: 'regel' | 'werkafspraak') =>
	`De toelichting van het handboek (“Over deze tekst”) is bijgewerkt. De tekst van de ${noun} zelf is daardoor niet veranderd.`;

/**
 * The changes between two editions as a reader scans them: per kind of entry, what is new,
 * changed or gone, each linked to its page — in this edition, or in the one before for what is
 * gone. Invented examples say so in their title, and never count in the summary. Only groups and
 * sections with something in them are returned.
 */
export function changeSections(changes: Changes, pageChanges: PageChanges, edition: Edition, previous: Edition, content: { after: NormsOf; before: NormsOf }): ChangeSection[] {
	const inHere = (path: string) => samePageIn(edition, path);
	const there = (path: string) => samePageIn(previous, path);
	const rules = new Map([...content.before.rules, ...content.after.rules].map((rule) => [rule.id, rule.data]));
	const agreements = new Map([...content.before.agreements, ...content.after.agreements].map((agreement) => [agreement.id, agreement.data]));
	const aboutText = (change: InterpretationChange) =>
		'rule' in change.about ? `over de regel ${rules.get(change.about.rule)?.title ?? change.about.rule}` : `over de werkafspraak ${agreements.get(change.about.agreement)?.title ?? change.about.agreement}`;
	const interpretation = (link: (path: string) => string) => (change: InterpretationChange): ChangeItem => ({
		title: change.fictitious ? `${change.title} ${fictitiousSearchSuffix}` : change.title,
		href: link(paths.interpretation(change.id)),
		detail: `${change.team}, ${aboutText(change)}`,
	});
	/** Rules, agreements, terms and pages: new and updated ones link here, gone ones to the version before. */
	const section = <T extends { title: string }>(slug: string, heading: string, groups: { added: T[]; changed: T[]; removed: T[]; noteChanged?: T[] }, changedHeading: string, pathOf: (item: T) => string, noun?: 'regel' | 'werkafspraak'): ChangeSection => ({
		slug,
		heading,
		groups: [
			{ heading: 'Nieuw in het handboek', items: groups.added.map((item) => ({ title: item.title, href: inHere(pathOf(item)) })) },
			{ heading: changedHeading, items: groups.changed.map((item) => ({ title: item.title, href: inHere(pathOf(item)) })) },
			...(noun ? [{ heading: 'Toelichting bijgewerkt', note: noteChangedNote(noun), items: (groups.noteChanged ?? []).map((item) => ({ title: item.title, href: inHere(pathOf(item)) })) }] : []),
			{ heading: 'Niet meer in het handboek', items: groups.removed.map((item) => ({ title: item.title, href: there(pathOf(item)) })) },
		],
	});
	const withdrawn = (kind: Withdrawal) => changes.interpretations.withdrawn.filter((change) => withdrawalOf(change) === kind);
	const sections: ChangeSection[] = [
		section('regels', 'Regels van de gedragscode', changes.rules, 'Anders geformuleerd', (rule: NormChange) => paths.rule(rules.get(rule.id)!.theme, rule.id), 'regel'),
		section('werkafspraken', 'Werkafspraken', changes.agreements, 'Anders geformuleerd', (agreement: NormChange) => paths.agreement(agreement.id), 'werkafspraak'),
		{
			slug: 'afspraken-van-teams',
			heading: 'Afspraken van teams en MT’s',
			groups: [
				bounded('Vastgesteld', changes.interpretations.adopted, interpretation(inHere)),
				bounded('Vastgesteld en anders geformuleerd', changes.interpretations.changed, interpretation(inHere)),
				bounded('Niet meer vastgesteld: vervallen', withdrawn('vervallen'), interpretation(inHere)),
				bounded('Niet meer vastgesteld: weer in gesprek of voorgesteld', withdrawn('heropend'), interpretation(inHere)),
				bounded('Niet meer vastgesteld: uit het handboek gehaald', withdrawn('weg'), interpretation(there)),
				bounded('Nieuw voorgesteld', changes.interpretations.proposed, interpretation(inHere)),
			],
		},
		section('begrippen', 'Begrippen', pageChanges.terms, 'Bijgewerkt', (term: PageChange) => term.path),
		section('uitleg-en-hulp', 'Uitleg en hulp', pageChanges.pages, 'Bijgewerkt', (page: PageChange) => page.path),
	];
	return sections.map((found) => ({ ...found, groups: found.groups.filter((group) => group.items.length > 0) })).filter((found) => found.groups.length > 0);
}

/**
 * The changes in a few Dutch lines, counting what readers see: real wording only, with the invented
 * examples apart ("(+2 in verzonnen voorbeelden)"). For the list of versions, the feed and publishing.
 */
export function changeSummary(changes: Changes, pageChanges?: PageChanges): string[] {
	const { adopted, changed, withdrawn, proposed } = changes.interpretations;
	const withdrawnAs = (kind: Withdrawal) => withdrawn.filter((change) => withdrawalOf(change) === kind);
	/** Norms have no examples: every one counts. */
	const norms = (items: unknown[], one: string, many: string) => ({ real: items.length, examples: 0, one, many });
	const wording = (items: InterpretationChange[], one: string, many: string) => ({ real: items.filter((item) => !item.fictitious).length, examples: items.filter((item) => item.fictitious).length, one, many });
	const lines = [
		norms(changes.rules.added, 'regel toegevoegd', 'regels toegevoegd'),
		norms(changes.rules.changed, 'regel anders geformuleerd', 'regels anders geformuleerd'),
		norms(changes.rules.noteChanged, 'toelichting bij een regel bijgewerkt (niet de regel zelf)', 'toelichtingen bij regels bijgewerkt (niet de regels zelf)'),
		norms(changes.rules.removed, 'regel uit het handboek', 'regels uit het handboek'),
		norms(changes.agreements.added, 'werkafspraak toegevoegd', 'werkafspraken toegevoegd'),
		norms(changes.agreements.changed, 'werkafspraak anders geformuleerd', 'werkafspraken anders geformuleerd'),
		norms(changes.agreements.noteChanged, 'toelichting bij een werkafspraak bijgewerkt (niet de werkafspraak zelf)', 'toelichtingen bij werkafspraken bijgewerkt (niet de werkafspraken zelf)'),
		norms(changes.agreements.removed, 'werkafspraak uit het handboek', 'werkafspraken uit het handboek'),
		wording(adopted, 'afspraak van een team of MT vastgesteld', 'afspraken van teams en MT’s vastgesteld'),
		wording(changed, 'vastgestelde afspraak anders geformuleerd', 'vastgestelde afspraken anders geformuleerd'),
		wording(withdrawnAs('vervallen'), 'vastgestelde afspraak vervallen', 'vastgestelde afspraken vervallen'),
		wording(withdrawnAs('heropend'), 'vastgestelde afspraak weer in gesprek of voorgesteld', 'vastgestelde afspraken weer in gesprek of voorgesteld'),
		wording(withdrawnAs('weg'), 'vastgestelde afspraak uit het handboek gehaald', 'vastgestelde afspraken uit het handboek gehaald'),
		wording(proposed, 'nieuw voorstel', 'nieuwe voorstellen'),
		norms(changedPages(pageChanges?.terms), 'begrip nieuw, bijgewerkt of weg', 'begrippen nieuw, bijgewerkt of weg'),
		norms(changedPages(pageChanges?.pages), 'pagina met uitleg of hulp nieuw, bijgewerkt of weg', 'pagina’s met uitleg of hulp nieuw, bijgewerkt of weg'),
	];
	const summary = lines
		.filter(({ real, examples }) => real + examples > 0)
		.map(({ real, examples, one, many }) => `${countOf(real, one, many)}${examples > 0 ? ` (+${examples} in verzonnen voorbeelden)` : ''}`);
	return summary.length > 0 ? summary : ['Geen wijzigingen'];
}

const changedPages = (groups?: PageChangeGroups) => (groups ? [...groups.added, ...groups.changed, ...groups.removed] : []);
