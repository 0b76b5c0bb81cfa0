/**
 * Today in the Netherlands as YYYY-MM-DD: the date a new proposal carries (in the script and in the
 * browser alike) and the date of a build. The en-CA format happens to be YYYY-MM-DD.
 */
export function today(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
