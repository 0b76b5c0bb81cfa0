import { describe, expect, test } from 'vitest';
import { cappedMailto, mailtoUrl, maxMailtoLength } from '../../src/lib/mailto.ts';
import { anonymousMail } from '../../src/lib/proposal/anonymous-input.ts';
import { proposalMail } from '../../src/lib/proposal/proposal-mail.ts';

const read = (href: string) => {
	const url = new URL(href);
	return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
};

describe('a mail the sender’s own mail program opens', () => {
	test('carries subject and text as written, with CRLF line ends (RFC 6068) and spaces as %20, never +', () => {
		const href = mailtoUrl('kerngroep@example.org', 'Voorstel: 100% & meer?', 'Regel 1\nRegel 2 + 3');
		expect(read(href)).toEqual({ to: 'kerngroep@example.org', subject: 'Voorstel: 100% & meer?', body: 'Regel 1\r\nRegel 2 + 3' });
		expect(href).toContain('Regel%201%0D%0ARegel%202%20%2B%203');
	});

	test('a text that would make the address longer than mail programs accept gets the shorter text', () => {
		const fits = cappedMailto('a@example.org', 'Onderwerp', 'kort', 'korter');
		expect(fits.complete).toBe(true);
		expect(read(fits.url).body).toBe('kort');
		const long = cappedMailto('a@example.org', 'Onderwerp', 'é'.repeat(400), 'Zie de bijlage.');
		expect(long.complete).toBe(false);
		expect(read(long.url).body).toBe('Zie de bijlage.');
		expect(long.url.length).toBeLessThanOrEqual(maxMailtoLength);
	});
});

describe('the mails of the proposal page stay within the limit whatever their length', () => {
	test.each([10, 500, 5_000, 120_000])('a proposal of %i characters', (length) => {
		const mail = proposalMail({ email: 'voorstellen@example.org', handbookTitle: 'De Sociale Norm', team: 'Team Zuid', title: 'Zo groeten we', fileName: 'team-zuid-zo-groeten-we.mdx', text: 'x '.repeat(length / 2) });
		expect(mail.url.length).toBeLessThanOrEqual(maxMailtoLength);
		expect(read(mail.url).subject).toBe('Voorstel voor De Sociale Norm: Zo groeten we (Team Zuid)');
		expect(read(mail.url).body).toMatch(mail.complete ? /Hieronder staat het bestand team-zuid-zo-groeten-we\.mdx\.\r\n\r\nx x/ : /Het bestand team-zuid-zo-groeten-we\.mdx zit als bijlage bij deze mail\.$/);
	});

	test.each([10, 500, 5_000, 120_000])('input without a name of %i characters', (length) => {
		const mail = anonymousMail('trainer@example.org', 'Inbreng zonder naam', `Inbreng zonder naam voor het handboek X\n\n${'y'.repeat(length)}\n`);
		expect(mail.url.length).toBeLessThanOrEqual(maxMailtoLength);
		expect(mail.complete).toBe(length < 1_500);
	});
});
