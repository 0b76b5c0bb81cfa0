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

/** Beside a role that has no route yet, and once under the list: whom to ask instead, and why. */
export const helpRouteMissing = {
	beside: (who: string) => `Hoe je contact opneemt, is nog niet ingevuld. Vraag het ${who}.`,
	why: (who: string, why: string) => `Waarom ${who}? ${why} Zie de regel`,
};

/** On the page of a term whose explanation is not quoted from a source. */
export const termWrittenForHandbook = 'Deze uitleg is voor dit handboek geschreven; de bronnen geven er geen definitie van.';
export const termElsewhereLabel = 'Elders:';

/** On the page of a theme the handbook has not worked out yet: where to read the code, whom to ask. */
export const notWorkedOutTexts = {
	readHeading: 'De hele gedragscode lezen',
	readLink: (parent: string) => `De gedragscode van de ${parent}`,
	readNotSet: (parent: string, who: string) =>
		`De link naar de volledige gedragscode van de ${parent} is nog niet ingesteld in dit handboek. Vraag ${who} waar je de gedragscode kunt lezen.`,
	askHeading: 'Vragen over dit thema?',
	ask: (who: string, why: string) => `Vraag het ${who}. ${why} Zo staat het in de regel`,
	helpPage: 'Lees ook wat je kunt doen als een norm wordt overschreden',
};

/** The version switcher, and the pages it sends a reader through when a page is not in the version chosen. */
export const editionSwitchTexts = {
	missing: (title: string, edition: EditionName) => `“${title}” staat niet in ${inEdition(edition)}`,
	goTo: (title: string, edition: EditionName) => `Ga naar “${title}” in ${inEdition(edition)}`,
	newestAt: (edition: EditionName) => `${edition.name} is de nieuwste versie: je vindt hem op de gewone adressen`,
	goOn: 'Ga verder naar deze pagina',
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

/** A text shown word by word against the version before. */
export const wordDiffTexts = {
	summary: (previousName: string) => `Wat is er veranderd sinds ${previousName.toLowerCase()}`,
	added: 'toegevoegd:',
	removed: 'weggehaald:',
};

/** How far the handbook is towards 100 % (see README, Dekking). */
export const coverageTexts = {
	aim: (label: string, { covered, total }: { covered: number; total: number }) =>
		`Op weg naar de ${label}: ${covered} van de ${total} regels en werkafspraken die daarvoor gekozen zijn, hebben een vastgestelde afspraak van een team of MT.`,
	overall: ({ covered, total }: { covered: number; total: number }, share: string) =>
		`In het hele handboek: ${covered} van de ${total} regels en werkafspraken (${share}).`,
	themes: ({ covered, total }: { covered: number; total: number }) => `${covered} van de ${total} thema’s van de gedragscode zijn uitgewerkt.`,
	howCounted: 'Hoe tellen we dit?',
	notWorkedOut: 'nog niet uitgewerkt',
	perPart: 'Per thema en per onderwerp',
	explained:
		'We tellen regels en werkafspraken waarover ten minste één team of MT een afspraak heeft vastgesteld, op welk niveau dan ook. Fictieve voorbeelden tellen nooit mee. De 50-70%-versie gaat over de drie urgente thema’s van de gedragscode en over hybride werken: de normen van WPI en de drie stedelijke richtlijnen die voor het cultuurtraject gekozen zijn (Uitvoeringsplan, §2.4). Het percentage 50-70 is de schatting uit het Uitvoeringsplan van hoeveel van de sociale norm dat is; wij tellen alleen wat er in het handboek staat, en schatten zelf niets.',
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
