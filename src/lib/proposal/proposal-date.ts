/** Today in Amsterdam as YYYY-MM-DD: the date a new proposal carries, in the script and in the browser alike. */
export function proposalDate(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
