import { cappedMailto } from '../mailto.ts';

/**
 * The mail that takes a proposal to the organisation's inbox (`proposalInbox.email`): the file's
 * text in the mail when it fits, else a short mail that says the file is attached, for the team to
 * attach the downloaded file.
 */
export function proposalMail({ email, handbookTitle, team, title, fileName, text }: { email: string; handbookTitle: string; team: string; title: string; fileName: string; text: string }) {
	const subject = `Voorstel voor ${handbookTitle}: ${title} (${team})`;
	const opening = `Dit is een voorstel van ${team} voor het handboek ${handbookTitle}.`;
	return cappedMailto(
		email,
		subject,
		`${opening}\nHieronder staat het bestand ${fileName}.\n\n${text}`,
		`${opening}\nHet voorstel is te lang om in deze mail te zetten. Het bestand ${fileName} zit als bijlage bij deze mail.`,
	);
}
