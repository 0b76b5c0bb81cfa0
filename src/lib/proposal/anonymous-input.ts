import { cappedMailto } from '../mailto.ts';

/**
 * Input without a name: only the text, with what it is about, to send through the channel the
 * organisation set. Nothing here names the sender or a team.
 */

export function anonymousText({ handbookTitle, about, text }: { handbookTitle: string; about?: string; text: string }): string {
	return [`Inbreng zonder naam voor het handboek ${handbookTitle}`, ...(about ? [`Over: ${about}`] : []), '', text.replace(/\r\n?/g, '\n').trim(), ''].join('\n');
}

/** The mail with the text in it; a text too long for a mail address is left for the sender to paste. */
export function anonymousMail(email: string, subject: string, text: string) {
	return cappedMailto(email, subject, text, `${text.split('\n')[0]}\n\n(Plak hier de tekst die je hebt gekopieerd.)\n`);
}
