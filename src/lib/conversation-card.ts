import { firstDilemmas, type Dilemma } from './interpretation-list.ts';
import { standingOf } from './statuses.ts';
import type { Status } from '../schemas/interpretation.ts';

/** How much a conversation card holds, so it fits on half an A4 sheet however many teams wrote about its rule. */
export const cardBounds = {
	/** Open dilemmas on one card: real ones first, then invented examples. */
	dilemmas: 3,
};

interface Listed {
	id: string;
	data: { status: Status; team: string; dilemmas: string[]; fictitious: boolean };
}

/**
 * The open dilemmas a card shows: those of interpretations that still apply, real ones first and
 * invented examples after them (each in reading order), at most `limit`; with how many there are.
 */
export function cardDilemmas<T extends Listed>(ordered: T[], limit = cardBounds.dilemmas): { shown: Dilemma<T>[]; total: number } {
	const real = firstDilemmas(
		ordered.filter((interpretation) => !interpretation.data.fictitious),
		limit,
	);
	const examples = firstDilemmas(
		ordered.filter((interpretation) => interpretation.data.fictitious),
		limit - real.shown.length,
	);
	return { shown: [...real.shown, ...examples.shown], total: real.total + examples.total };
}

/** What a card says about the teams and MTs that wrote about its rule: only real wording counts. */
export interface AgreedSoFar {
	/** Teams and MTs with a real adopted interpretation, each counted once. */
	adoptedTeams: number;
	/** Real interpretations still open: proposed or in discussion. */
	open: number;
	/** Invented examples beside them, named apart and never counted as the real state. */
	examples: number;
}

export function agreedSoFar(interpretations: Listed[]): AgreedSoFar {
	const real = interpretations.filter((interpretation) => !interpretation.data.fictitious);
	const adopted = real.filter(({ data }) => standingOf(data.status) === 'adopted');
	return {
		adoptedTeams: new Set(adopted.map(({ data }) => data.team)).size,
		open: real.filter(({ data }) => standingOf(data.status) === 'open').length,
		examples: interpretations.length - real.length,
	};
}

/**
 * The absolute address a QR code on paper opens: a path of the site (with its base) on the public
 * address the owner set (`site`). Without that setting there is none: a code that cannot work is
 * never printed.
 */
export function absoluteAddress(site: string | undefined, path: string): string | undefined {
	return site ? new URL(path, site).href : undefined;
}

/** An address as it is typed from paper: without https:// and the closing slash. */
export const shortAddress = (address: string) => address.replace(/^https?:\/\//, '').replace(/\/$/, '');
