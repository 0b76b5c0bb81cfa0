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


/** The label above an example from daily work in an interpretation (<Voorbeeld titel="…">). */
export const exampleLabel = (titel?: string) => (titel ? `Voorbeeld: ${titel}` : 'Voorbeeld');
export const fictitiousLabel = 'Fictief voorbeeld';
/** Added to the title of an invented example in search results, so no one takes it for the real state. */
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
	missing: (edition: EditionName) => `Deze pagina staat niet in ${inEdition(edition)}`,
	newestAt: (edition: EditionName) => `${edition.name} is de nieuwste versie: je vindt hem op de gewone adressen`,
	goOn: 'Ga verder naar de dichtstbijzijnde pagina',
};

/** The bar on top of every page that says which version it is. */
export const editionBarTexts = {
	of: (date: string) => `van ${date}`,
	notPublished: 'nog niet gepubliceerd',
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
	overall: (share: string) => `${share} van de sociale norm heeft een vastgestelde afspraak van een team of MT.`,
	// A non-breaking hyphen: "50-70 %" never breaks over two lines.
	aim: (label: string, from: number, to: number) => `Het doel van de ${label.replaceAll('-', '\u2011')} is ${from}\u2011${to}\u00a0%.`,
	perPart: 'Per thema en per onderwerp',
	notWorkedOut: 'nog niet uitgewerkt (0\u00a0%)',
	explained:
		'Per thema van de gedragscode en per onderwerp van de werkafspraken telt het deel van de regels en werkafspraken waarover een team of MT een afspraak heeft vastgesteld; het totaal is het gemiddelde van die delen. Fictieve voorbeelden tellen niet mee.',
};

/**
 * In which version a wording was adopted, as its page says it; derived from the published
 * versions. Adopted in the working version only: it comes in the next version.
 */
export function adoptionText(adoption: Adoption | undefined, adoptedNow: boolean, edition: EditionName): string | undefined {
	if (!adoption) return adoptedNow && !edition.published ? 'Vastgesteld; nog niet in een gepubliceerde versie' : undefined;
	const adopted = `Vastgesteld in versie ${adoption.adopted}`;
	return adoption.withdrawn ? `${adopted}; niet meer vastgesteld sinds versie ${adoption.withdrawn}` : adopted;
}

/** The page of what changed in an edition, when there is nothing to compare it with. */
export const changesTexts = {
	firstVersion: 'Dit is de eerste versie van het handboek: er is geen eerdere versie om mee te vergelijken.',
	nothingPublished: 'Er is nog geen versie gepubliceerd. Wat nu in de werkversie staat, komt in de eerste versie.',
};
