import type { AgreementKind } from '../schemas/agreement.ts';
import type { HelpRouteKind } from '../schemas/help-routes.ts';
import type { Level } from '../schemas/interpretation.ts';
import type { SearchKind } from '../schemas/page-search.ts';
import type { Edition } from './edition.ts';
import type { Adoption } from './versions/adoption.ts';

type EditionName = Pick<Edition, 'name' | 'published'>;

/** "in versie 0.6", "in de werkversie". */
export const inEdition = (edition: EditionName) => (edition.published ? edition.name.toLowerCase() : `de ${edition.name.toLowerCase()}`);

/** Dutch words for the values authors write in content files (statuses: see statuses.ts). */
export const levelLabels: Record<Level, string> = {
	team: 'Team',
	'afdelings-mt': 'Afdelings-MT',
	'directie-mt': 'Directie-MT',
};

/** The directorate's own norms carry its name: "Normen van WPI". */
export function agreementKindLabels(organisationName: string): Record<AgreementKind, { one: string; many: string }> {
	return {
		directienorm: { one: `Norm van ${organisationName}`, many: `Normen van ${organisationName}` },
		'stedelijke-richtlijn': { one: 'Stedelijke richtlijn', many: 'Stedelijke richtlijnen' },
		afdelingsafspraak: { one: 'Afdelingsafspraak', many: 'Afdelingsafspraken' },
	};
}

/** What an agreement's quoted text is, as its page, its card and the handreiking name it: "Stedelijke richtlijn 3", "Afdelingsafspraak van Werk". */
export function agreementLabel({ kind, department, number }: { kind: AgreementKind; department?: string; number: number }, organisationName: string): string {
	const one = agreementKindLabels(organisationName)[kind].one;
	return department ? `${one} van ${department}` : `${one} ${number}`;
}

/** How the search's "Soort" filter names each kind of page. */
export const searchKindLabels: Record<SearchKind, string> = {
	thema: 'Thema van de gedragscode',
	regel: 'Regel van de gedragscode',
	werkafspraak: 'Werkafspraak',
	interpretatie: 'Afspraak van een team of MT',
	begrip: 'Begrip',
	pagina: 'Uitleg en hulp',
};

/** What the search box says (src/components/search/). */
export const searchTexts = {
	form: 'Doorzoek het handboek',
	input: 'Zoekwoorden',
	results: (count: number, query: string) => `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ${query}`,
	/** Said under the count when no page holds every word of a question (see src/lib/search-fallback.ts). */
	mostWords: 'Geen pagina bevat al deze woorden. Dit zijn pagina’s met de meeste ervan.',
	/** Said when only a page or two holds every word, and pages with most of them are shown too. */
	fewEveryWord: (complete: number) =>
		`${complete === 1 ? 'Eén pagina bevat' : `${complete} pagina’s bevatten`} al deze woorden. De andere bevatten er de meeste van.`,
	/** Said when a single word is on no page as typed, but words that begin like it are. */
	likeWord: (start: string) => `Geen pagina bevat dit woord precies. Dit zijn pagina’s met een woord dat begint met „${start}”.`,
	filtered: (shown: number, total: number, query: string) => `${shown} van de ${total} resultaten voor ${query}, met het filter op soort`,
	more: 'Meer resultaten laden',
	filters: 'Filter op soort pagina',
	filtersLegend: 'Laat alleen zien',
	failed: 'Het zoeken lukt nu niet. Laad de pagina opnieuw en probeer het nog eens.',
};


/** The label above an example from daily work in an interpretation (<Voorbeeld titel="…">). */
export const exampleLabel = (titel?: string) => (titel ? `Voorbeeld: ${titel}` : 'Voorbeeld');
/**
 * What an invented example is called wherever it appears: first on its badge, before the status
 * it shows (exampleBadgeLabel), and as its kind in the search.
 */
export const fictitiousLabel = 'Verzonnen voorbeeld';
/** An invented example's badge: that it is invented first, then the status it shows — "Verzonnen voorbeeld · vastgesteld". */
export const exampleBadgeLabel = (statusLabel: string) => `${fictitiousLabel} · ${statusLabel.toLowerCase()}`;
/** Added to the title of an invented example in a list of titles, so no one takes it for the real state. */
export const fictitiousSearchSuffix = `(${fictitiousLabel.toLowerCase()})`;
export const notWorkedOutLabel = 'Nog niet uitgewerkt';
/** The handbook's sections, named the same in the menu, the breadcrumbs and their own titles. */
export const sectionLabels = {
	codeOfConduct: 'Gedragscode',
	agreements: 'Werkafspraken',
	glossary: 'Begrippen',
	interpretations: 'Afspraken van teams en MT’s',
	teams: 'Teams en MT’s',
} as const;

/** The help page, named the same wherever it is linked. */
export const normCrossedLabel = 'Als een norm wordt overschreden';
export const chosenForTrajectoryLabel = 'Gekozen voor het cultuurtraject';

/** "Team Noord (Team)" says nothing new; the level is added only when the name does not show it. */
export function describeTeam(team: string, level: Level): string {
	return team.startsWith(`${levelLabels[level]} `) ? team : `${team} (${levelLabels[level]})`;
}

/** What kind of address a help route is, shown before its link. */
export const helpRouteKindLabels: Record<HelpRouteKind, string> = {
	link: 'Website',
	telefoon: 'Telefoon',
	'e-mail': 'E-mail',
	intranet: 'Intranet',
};

/** Beside a role that has no route yet: that it is not set, and (the role's own whileUnset) what is true meanwhile. */
export const helpRouteMissing = {
	beside: 'Hoe je contact opneemt, staat nog niet in dit handboek.',
	rule: 'Zie de regel',
	meanwhile: 'Intussen kun je terecht bij:',
	onlyFor: (whom: string) => `alleen voor ${whom}`,
	/** On the card of a role that is not for everyone. */
	onlyForLine: (whom: string) => `Alleen voor ${whom}.`,
};

/** The block at the top of the help page, shown only when a role can be reached. */
export const directHelpTexts = {
	heading: 'Direct hulp',
	intro: 'Zo bereik je deze rollen meteen. Meer over elke rol staat verderop, bij “Wie kan jou helpen?”.',
};

/** Who the handbook's own contact is, when the owner has not named one. */
export const contactNotSet = 'Bij wie je dit meldt, is nog niet ingesteld in dit handboek.';

/** On the page of a term whose explanation is not quoted from a source. */
export const termWrittenForHandbook = 'Deze uitleg is voor dit handboek geschreven; de bronnen geven er geen definitie van.';
export const termElsewhereLabel = 'Elders:';

/** On the page of a theme the handbook has not worked out yet: where to read the code, and what its own rules ask. */
export const notWorkedOutTexts = {
	readHeading: 'De hele gedragscode lezen',
	readLink: (parent: string) => `De gedragscode van de ${parent}`,
	readNotSet: (parent: string) => `De link naar de volledige gedragscode van de ${parent} is nog niet ingesteld in dit handboek.`,
	askHeading: 'Vermoed je een overtreding?',
	ask: (who: string, why: string) => `Stel het aan de orde bij ${who}. ${why} Zo staat het in de regel`,
	helpPage: 'Lees ook wat je kunt doen als een norm wordt overschreden',
};

/** The version switcher, and the pages it sends a reader through when a page is not in the version chosen. */
export const editionSwitchTexts = {
	missing: (title: string, edition: EditionName) => `“${title}” staat niet in ${inEdition(edition)}`,
	goTo: (title: string, edition: EditionName) => `Ga naar “${title}” in ${inEdition(edition)}`,
	newestAt: (edition: EditionName) => `${edition.name} is de nieuwste versie: je vindt hem op de gewone adressen`,
	goOn: 'Ga verder naar deze pagina',
	/** The heading of an edition's one page "staat niet in deze versie", before its script knows which page. */
	notHere: (edition: EditionName) => `Deze pagina staat niet in ${inEdition(edition)}`,
	notHereText: (edition: EditionName) => `De pagina die je zocht, staat niet in ${inEdition(edition)}. Misschien kwam hij er later bij, of is hij weggehaald.`,
	nowhere: 'Deze pagina staat ook niet in een andere versie van het handboek. Misschien is het adres niet goed overgenomen.',
	readOn: (edition: EditionName) => `Verder lezen in ${inEdition(edition)}`,
	otherEditions: 'Andere versies',
};

/** The bar on top of every page that says which version it is. */
export const editionBarTexts = {
	of: (date: string) => `van ${date}`,
	notPublished: 'nog niet gepubliceerd',
	older: (name: string) => `Oudere ${name.toLowerCase()}`,
	notPublishedAsOf: (date: string) => `nog niet gepubliceerd, stand van ${date}`,
	toNewest: (name: string) => `Naar de nieuwste: ${name.toLowerCase()}`,
	toPublished: (name: string) => `Naar de gepubliceerde ${name.toLowerCase()}`,
	otherVersion: 'Andere versie',
	changes: (edition: EditionName) => `Wat is er veranderd in ${inEdition(edition)}`,
	allVersions: 'Alle versies',
};

/** The footer: the licence of the content (the owner's setting), and on paper where and when a page was printed. */
export const footerTexts = {
	maintainers: 'Beheer',
	licence: 'Licentie van de inhoud:',
	licenceNotSet: 'De licentie van de inhoud is nog niet ingesteld.',
	printedFrom: 'Afgedrukt van',
	printedOn: 'op',
};

/** A text shown word by word against the version before. */
export const wordDiffTexts = {
	/** With `onlyNoteOf`, only the handbook's note beside that rule or agreement changed, not its own text. */
	summary: (previousName: string, onlyNoteOf?: string) =>
		`Wat is er veranderd sinds ${previousName.toLowerCase()}${onlyNoteOf ? `: alleen de toelichting, niet de ${onlyNoteOf} zelf` : ''}`,
	added: 'toegevoegd:',
	removed: 'weggehaald:',
};

/** What a count of coverage is made of, named by kind: "regels, normen en richtlijnen"; one of one kind: "regel". */
export function countedNoun(kinds: readonly string[], total = 2): string {
	const names: Record<string, [string, string]> = {
		rule: ['regel', 'regels'],
		directienorm: ['norm', 'normen'],
		'stedelijke-richtlijn': ['richtlijn', 'richtlijnen'],
		afdelingsafspraak: ['afdelingsafspraak', 'afdelingsafspraken'],
	};
	// Always in the same order, whichever kind the content happens to list first.
	const order = Object.keys(names);
	const sorted = [...kinds].sort((a, b) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1));
	const named = sorted.map((kind) => names[kind] ?? [kind, kind]);
	if (total === 1 && named.length === 1) return named[0]![0];
	return new Intl.ListFormat('nl', { type: 'conjunction' }).format(named.map(([, many]) => many));
}

/** How far the handbook is towards 100 % (see README, Dekking). */
export const coverageTexts = {
	aim: (label: string, { covered, total }: { covered: number; total: number }, noun: string) =>
		`Op weg naar de ${label}: ${covered} van de ${total} ${noun} die daarvoor gekozen zijn, ${covered === 1 ? 'heeft' : 'hebben'} een vastgestelde afspraak van een team of MT.`,
	overall: ({ covered, total }: { covered: number; total: number }, share: string, noun: string) => `In het hele handboek: ${covered} van de ${total} ${noun} (${share}).`,
	themes: ({ covered, total }: { covered: number; total: number }) => `${covered} van de ${total} thema’s van de gedragscode zijn uitgewerkt.`,
	howCounted: 'Hoe tellen we dit?',
	heading: 'Hoe we tellen hoe ver het handboek is',
	notWorkedOut: 'nog niet uitgewerkt',
	perPart: 'Per thema en per onderwerp',
	explained:
		'We tellen regels van de gedragscode, normen van de directie en richtlijnen over hybride werken waarover ten minste één team of MT een afspraak heeft vastgesteld, op welk niveau dan ook. Verzonnen voorbeelden tellen nooit mee. Het Uitvoeringsplan heeft als doel om eerst 50 tot 70 procent van de sociale norm te beschrijven. Daarvoor koos het de drie thema’s van de gedragscode die het voor nu als meest urgent inschatte, en hybride werken: de normen van WPI en de drie stedelijke richtlijnen die voor het cultuurtraject gekozen zijn (Uitvoeringsplan, §2.4). Dat percentage rekenen we niet na: wij tellen alleen wat er in het handboek is vastgesteld, en schatten zelf niets. Het percentage voor het hele handboek telt wat er nu in staat. Krijgen de thema’s die nog niet zijn uitgewerkt hun regels, dan telt het handboek meer regels en daalt dat percentage, ook als er niets minder is vastgesteld.',
};

/**
 * In which version a wording was adopted, as its page says it; derived from the published
 * versions. Adopted in the working version only: it comes in the next version.
 */
export function adoptionText(adoption: Adoption | undefined, adoptedNow: boolean, edition: EditionName): string | undefined {
	if (!adoption) return adoptedNow && !edition.published ? 'Als vastgestelde afspraak nog in geen gepubliceerde versie' : undefined;
	const adopted = `Als vastgestelde afspraak opgenomen in versie ${adoption.adopted}`;
	return adoption.withdrawn ? `${adopted}; vervallen of weer in gesprek sinds versie ${adoption.withdrawn}` : adopted;
}

/** The page of what changed in an edition, when there is nothing to compare it with. */
export const changesTexts = {
	firstVersion: 'Dit is de eerste versie van het handboek: er is geen eerdere versie om mee te vergelijken.',
	nothingPublished: 'Er is nog geen versie gepubliceerd. Wat nu in de werkversie staat, komt in de eerste versie.',
};
