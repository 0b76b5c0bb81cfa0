import { today } from './today.ts';

/**
 * Which state of the handbook a page shows. No numbered version has been published yet, so every
 * build is the working version ("werkversie"), dated the day it was built. Publishing versions
 * (issue 3) replaces this one function; everything that shows the edition reads it from here.
 */
export interface Edition {
	name: string;
	/** YYYY-MM-DD */
	date: string;
}

const buildDay = today();

export function currentEdition(): Edition {
	return { name: 'Werkversie', date: buildDay };
}
