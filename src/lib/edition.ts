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

// The build day as it is in Amsterdam; the en-CA format happens to be YYYY-MM-DD.
const buildDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

export function currentEdition(): Edition {
	return { name: 'Werkversie', date: buildDay };
}
