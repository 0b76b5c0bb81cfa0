import type { Status } from '../schemas/interpretation.ts';

/** How readers weigh an interpretation: agreed, still open, no longer valid. */
export const standings = ['adopted', 'open', 'lapsed'] as const;
export type Standing = (typeof standings)[number];

export interface StatusDescription {
	/** The Dutch word readers see. */
	label: string;
	/** The heading above an interpretation's wording, in the tense the status calls for. */
	wordingHeading: string;
	/** Place in every list of interpretations: lower comes first. */
	order: number;
	standing: Standing;
	/** The colour of its badge: a variant of Starlight's Badge. */
	badge: 'success' | 'caution' | 'note' | 'default';
	/** Shown on the interpretation's own page when its wording does not (yet, or any more) apply. */
	notice?: string;
	/** After a number, in a count such as "12 vastgesteld, 3 voorstellen": one and many. */
	counted: { one: string; many: string };
}

const notYetAdopted = 'Dit is nog geen vastgestelde afspraak: de formulering is voorgesteld of wordt nog besproken.';

/**
 * Everything the handbook knows about each status, in one place. Typed as a Record over the
 * schema's statuses, so a status added to the schema does not compile until it is described here.
 */
export const statusDescriptions: Record<Status, StatusDescription> = {
	vastgesteld: { label: 'Vastgesteld', wordingHeading: 'Wat we afspreken', order: 0, standing: 'adopted', badge: 'success', counted: { one: 'vastgesteld', many: 'vastgesteld' } },
	'in-gesprek': { label: 'In gesprek', wordingHeading: 'Wat we voorstellen', order: 1, standing: 'open', badge: 'caution', notice: notYetAdopted, counted: { one: 'in gesprek', many: 'in gesprek' } },
	voorstel: { label: 'Voorstel', wordingHeading: 'Wat we voorstellen', order: 2, standing: 'open', badge: 'note', notice: notYetAdopted, counted: { one: 'voorstel', many: 'voorstellen' } },
	vervallen: {
		label: 'Vervallen',
		wordingHeading: 'Wat we hadden afgesproken',
		order: 3,
		standing: 'lapsed',
		badge: 'default',
		notice: 'Deze formulering is vervallen en geldt niet meer.',
		counted: { one: 'vervallen', many: 'vervallen' },
	},
};

/** Adopted wording first, then what is still being discussed, then what no longer applies. */
export const statusOrder: Status[] = (Object.keys(statusDescriptions) as Status[]).sort(
	(a, b) => statusDescriptions[a].order - statusDescriptions[b].order,
);

export const standingOf = (status: Status): Standing => statusDescriptions[status].standing;
