import type { Placeholder } from '../content/template-leftovers.ts';
import type { Proposal } from './proposal-file.ts';

/**
 * The words a new proposal starts with, for the team to replace: what `npm run voorstel` writes
 * and what the template on /voorstellen/ shows. The check refuses a proposal that still holds
 * them (`interpretationPlaceholders`), so an untouched template never passes review.
 */
export const templateText = {
	title: 'Zo … (waar jullie afspraak over gaat)',
	team: 'Team …',
	wording: 'Schrijf hier in een paar zinnen wat jullie afspreken: hoe jullie dit in je eigen werk bedoelen. Markdown mag, zoals een *nadruk* of een lijst.',
	do: 'Wat we wel doen',
	dont: 'Wat we niet doen',
	dilemma: 'Een vraag waar we nog geen antwoord op hebben',
	example: 'Een voorbeeld uit ons werk.',
} as const;

export const interpretationPlaceholders: readonly Placeholder[] = [
	{ field: 'title', text: templateText.title, instead: 'in een paar woorden waar jullie afspraak over gaat' },
	{ field: 'team', text: templateText.team, instead: 'de naam van jullie team of MT' },
	{ field: 'do', text: templateText.do, instead: 'iets wat jullie wel doen', removable: 'het punt' },
	{ field: 'dont', text: templateText.dont, instead: 'iets wat jullie niet doen', removable: 'het punt' },
	{ field: 'dilemmas', text: templateText.dilemma, instead: 'een vraag waar jullie nog geen antwoord op hebben', removable: 'de vraag' },
	// The scaffold's instruction: a line that still starts with it is the template, also when the team added to it.
	{ text: templateText.wording, opening: 'Schrijf hier in een paar zinnen', instead: 'in jullie eigen woorden wat jullie afspreken' },
	{ text: templateText.example, instead: 'een voorbeeld uit jullie eigen werk', removable: 'het voorbeeld' },
];

/** The empty proposal the page shows to copy (for a reader without JavaScript, or who writes the file). */
export const templateProposal: Proposal = {
	title: templateText.title,
	target: { rule: 'id-van-de-regel' },
	team: templateText.team,
	level: 'team',
	date: 'JJJJ-MM-DD',
	wording: templateText.wording,
	do: [templateText.do],
	dont: [templateText.dont],
	dilemmas: [templateText.dilemma],
	examples: [templateText.example],
};
