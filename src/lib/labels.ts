import type { AgreementKind } from '../schemas/agreement.ts';
import type { Level, Status } from '../schemas/interpretation.ts';

/** Dutch words for the values authors write in content files. */
export const statusLabels: Record<Status, string> = {
	voorstel: 'Voorstel',
	'in-gesprek': 'In gesprek',
	vastgesteld: 'Vastgesteld',
	vervallen: 'Vervallen',
};

/** The heading above an interpretation's wording, in the tense its status calls for. */
export const wordingHeadings: Record<Status, string> = {
	voorstel: 'Wat we voorstellen',
	'in-gesprek': 'Wat we voorstellen',
	vastgesteld: 'Wat we afspreken',
	vervallen: 'Wat we hadden afgesproken',
};

/** Adopted wording first, then what is still being discussed, then what no longer applies. */
export const statusOrder: Status[] = ['vastgesteld', 'in-gesprek', 'voorstel', 'vervallen'];

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

/** The kinds of page a search can be narrowed to (Pagefind filter "soort"). */
export const searchKinds = {
	theme: 'thema',
	rule: 'regel',
	agreement: 'werkafspraak',
	interpretation: 'interpretatie',
	term: 'begrip',
	page: 'pagina',
} as const;

export const fictitiousLabel = 'Fictief voorbeeld';
export const notWorkedOutLabel = 'Nog niet uitgewerkt';
export const chosenForTrajectoryLabel = 'Gekozen voor het cultuurtraject';

/** "Team Noord (Team)" says nothing new; the level is added only when the name does not show it. */
export function describeTeam(team: string, level: Level): string {
	return team.startsWith(`${levelLabels[level]} `) ? team : `${team} (${levelLabels[level]})`;
}
