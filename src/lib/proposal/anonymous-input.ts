/**
 * Input without a name: only the text, with what it is about, to send through the channel the
 * organisation set. Nothing here names the sender or a team.
 */

export function anonymousText({ handbookTitle, about, text }: { handbookTitle: string; about?: string; text: string }): string {
	return [`Inbreng zonder naam voor het handboek ${handbookTitle}`, ...(about ? [`Over: ${about}`] : []), '', text.replace(/\r\n?/g, '\n').trim(), ''].join('\n');
}

/** A mail the sender's own mail program opens, with the text filled in; nothing is sent until they send it. */
export function mailtoUrl(email: string, subject: string, body: string): string {
	return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
