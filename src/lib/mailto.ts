/**
 * A mail the sender's own mail program opens, with the subject and text filled in; nothing is sent
 * until they send it. Pure, for the pages and the forms in the browser.
 */

/**
 * Mail programs cut or refuse longer mailto: addresses (Outlook and older browsers near 2,000
 * characters), so a mail whose address would be longer gets a shorter text, and the page offers
 * the full text to download or copy instead.
 */
export const maxMailtoLength = 1_800;

/** RFC 6068: a line break in a mailto: body is written as CRLF. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function mailtoUrl(address: string, subject: string, body = ''): string {
	return `mailto:${address}?subject=${encode(subject)}${body ? `&body=${encode(body)}` : ''}`;
}

/**
 * The mail with the whole text when its address stays within what mail programs accept, else with
 * the shorter text (which says where the rest is). `complete` says which.
 */
export function cappedMailto(address: string, subject: string, body: string, shorterBody: string): { url: string; complete: boolean } {
	const whole = mailtoUrl(address, subject, body);
	if (whole.length <= maxMailtoLength) return { url: whole, complete: true };
	return { url: mailtoUrl(address, subject, shorterBody), complete: false };
}
