import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { distDir } from '../helpers/astro.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { readPage } from '../helpers/built-site.ts';
import { maxMailtoLength } from '../../src/lib/mailto.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { goodInput, submitProposal } from '../helpers/proposal-form.ts';
import { minimalContent, shippedContent } from '../helpers/content-fixture.ts';

/**
 * A handbook whose organisation set all proposal settings, with a branch of its own. Edit links and
 * the proposal form are tested on this one build of the minimal test handbook (its rule, agreement,
 * interpretation and proposal page are what is looked at; a build of every page took three times as long).
 */
const title = 'Testhandboek'; // handbookTitle in tests/fixtures/minimal/organisation.yaml
const repository = 'https://github.com/voorbeeld/handboek';
const settings = {
	repository: `{ host: github, url: ${repository}, branch: werkversie }`,
	procedure: '{ adoptingBody: het testorgaan, route: [Het team stuurt het voorstel in., Het testorgaan bespreekt het in zijn vergadering.] }',
	anonymousChannel: '{ label: de testtrainer, email: trainer@example.org }',
	proposalInbox: '{ label: de testkerngroep, email: voorstellen@example.org }',
};

let withSettings: ReturnType<typeof buildVariant>;
beforeAll(() => {
	withSettings = buildVariant((content) => {
		for (const [key, value] of Object.entries(settings)) setYamlLine(join(content, 'organisation.yaml'), key, value);
	}, {}, minimalContent);
});
afterAll(() => withSettings?.remove());
const session = builtSiteInChromium(() => withSettings.outDir);

/** A mailto: address as the mail program reads it: to whom, the subject and the text (CRLF line ends as the page wrote them). */
function mailOf(href: string) {
	const url = new URL(href);
	return { protocol: url.protocol, to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body')?.replace(/\r\n/g, '\n') };
}

describe('a handbook whose organisation.yaml names a repository, a procedure, a channel and an inbox for proposals', () => {
	let page: Page;
	beforeEach(async () => {
		const context = await session.browser.newContext();
		page = await context.newPage();
		await page.goto(`${session.site.url}${paths.propose}?regel=respectvol-omgaan`);
		return () => context.close();
	});

	test('the result opens a new file on GitHub, in the right folder, with the name and the text filled in', async () => {
		await submitProposal(page, goodInput);
		const link = page.getByRole('link', { name: 'Open het bestand op GitHub' });
		const url = new URL((await link.getAttribute('href'))!);
		// GitHub drops the last folder of the path when filename is set: the whole path goes into filename.
		expect(`${url.origin}${url.pathname}`).toBe(`${repository}/new/werkversie`);
		expect(url.searchParams.get('filename')).toBe('content/interpretations/respectvol-omgaan/team-klantcontact-zuid-zo-groeten-we-elkaar.mdx');
		expect(url.searchParams.get('value')).toBe(await page.locator('[data-file-text]').textContent());
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await page.locator('[data-paste]').isVisible()).toBe(false);
	});

	test('the result offers Mail dit voorstel: a mail to the inbox with the proposal in it', async () => {
		await submitProposal(page, goodInput);
		const link = page.getByRole('link', { name: 'Mail dit voorstel' });
		await link.waitFor();
		const href = (await link.getAttribute('href'))!;
		expect(href.length).toBeLessThanOrEqual(maxMailtoLength);
		const text = await page.locator('[data-file-text]').textContent();
		expect(mailOf(href)).toEqual({
			protocol: 'mailto:',
			to: 'voorstellen@example.org',
			subject: `Voorstel voor ${title}: Zo groeten we elkaar (Team Klantcontact Zuid)`,
			body: `Dit is een voorstel van Team Klantcontact Zuid voor het handboek ${title}.\nHieronder staat het bestand team-klantcontact-zuid-zo-groeten-we-elkaar.mdx.\n\n${text}`,
		});
		// The text in the mail is exactly the file: the inbox can take it as it is.
		expect(text).toMatch(/^---\ntitle: Zo groeten we elkaar\nrule: respectvol-omgaan\n/);
		const shown = (await page.locator('#proposal-result').innerText()).replace(/\s+/g, ' ');
		expect(shown).toContain('Met de knop Mail dit voorstel opent je mailprogramma een mail aan de testkerngroep, met jullie voorstel erin.');
		expect(await page.locator('#proposal-result [data-mail-too-long]').isVisible()).toBe(false);
		expect(await page.locator('[data-folder]').textContent()).toBe('content/interpretations/respectvol-omgaan/');
	});

	test('a proposal too long for a mail gets a short mail that says the file is attached, and the page says to attach the download', async () => {
		await submitProposal(page, { ...goodInput, wording: 'Een afspraak met veel uitleg, zin na zin. '.repeat(40) });
		const href = (await page.getByRole('link', { name: 'Mail dit voorstel' }).getAttribute('href'))!;
		expect(href.length).toBeLessThanOrEqual(maxMailtoLength);
		const mail = mailOf(href);
		expect(mail.subject).toBe(`Voorstel voor ${title}: Zo groeten we elkaar (Team Klantcontact Zuid)`);
		expect(mail.body).toBe(
			`Dit is een voorstel van Team Klantcontact Zuid voor het handboek ${title}.\nHet voorstel is te lang om in deze mail te zetten. Het bestand team-klantcontact-zuid-zo-groeten-we-elkaar.mdx zit als bijlage bij deze mail.`,
		);
		expect(await page.locator('#proposal-result [data-mail-too-long]').innerText()).toBe('Jullie voorstel is te lang om helemaal in de mail te zetten. Download het bestand en voeg het als bijlage toe aan de mail.');
		expect(await page.getByRole('link', { name: 'Download het bestand' }).isVisible()).toBe(true);
	});

	test('the result with all ways to send meets WCAG 2.1 AA in every viewing', async () => {
		const problems = await wcagProblemsInEveryViewing(session.browser, `${session.site.url}${paths.propose}?regel=respectvol-omgaan`, 'het resultaat met instellingen', async (viewed) => {
			await submitProposal(viewed, goodInput);
			await viewed.locator('#proposal-result').waitFor();
		});
		expect(problems).toEqual([]);
	});

	test('a proposal too long for an address is offered to paste into the new-file page instead', async () => {
		await submitProposal(page, { ...goodInput, wording: `${'Een lange afspraak met veel uitleg. '.repeat(300)}` });
		await page.locator('#proposal-result').waitFor();
		expect(await page.getByRole('link', { name: 'Open het bestand op GitHub' }).isVisible()).toBe(false);
		const paste = page.locator('[data-paste]');
		expect(await paste.textContent()).toMatch(/^Jullie tekst is te lang om mee te sturen in een webadres\. Kopieer de tekst/);
		const empty = new URL((await paste.getByRole('link').getAttribute('href'))!);
		expect(empty.searchParams.get('filename')).toBe('content/interpretations/respectvol-omgaan/team-klantcontact-zuid-zo-groeten-we-elkaar.mdx');
		expect(empty.searchParams.has('value')).toBe(false);
	});

	test('input without a name opens in the sender’s own mail program, addressed to the channel, and says what the receiver sees', async () => {
		const section = page.locator('#anonymous-form');
		await section.locator('textarea').fill('Ik durf dit niet in de groep te zeggen.');
		await section.getByRole('button', { name: 'Maak de tekst klaar' }).click();
		const mail = new URL((await page.getByRole('link', { name: 'Open in je mailprogramma' }).getAttribute('href'))!);
		expect(mail.protocol).toBe('mailto:');
		expect(mail.pathname).toBe('trainer@example.org');
		expect(mail.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(await page.locator('#anonymous-result [data-text]').textContent());
		expect(mail.searchParams.get('body')).not.toMatch(/Team/);
		const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(main).toContain('Je stuurt de tekst zelf naar de testtrainer via trainer@example.org.');
		expect(main).toContain('Mail je de tekst, dan ziet de testtrainer je e-mailadres');
		expect(await page.locator('#anonymous-result [data-mail-too-long]').isVisible()).toBe(false);
	});

	test('input without a name too long for a mail address opens a mail to paste it into, capped like the proposal mail', async () => {
		const section = page.locator('#anonymous-form');
		await section.locator('textarea').fill('Ik wil iets kwijt over hoe het in ons overleg gaat. '.repeat(60));
		await section.getByRole('button', { name: 'Maak de tekst klaar' }).click();
		const href = (await page.getByRole('link', { name: 'Open in je mailprogramma' }).getAttribute('href'))!;
		expect(href.length).toBeLessThanOrEqual(maxMailtoLength);
		expect(mailOf(href).body).toBe(`Inbreng zonder naam voor het handboek ${title}\n\n(Plak hier de tekst die je hebt gekopieerd.)\n`);
		expect(await page.locator('#anonymous-result [data-mail-too-long]').innerText()).toBe('Je tekst is te lang om vanzelf in de mail te zetten. Kopieer de tekst en plak hem in de mail.');
	});

	test('the page names the inbox for proposals without git, also without JavaScript', async () => {
		const text = (await page.locator('#sjabloon ~ [data-inbox]').innerText()).replace(/\s+/g, ' ');
		expect(text).toBe('Zonder account op GitHub stuur je jullie voorstel naar de testkerngroep via voorstellen@example.org.');
		expect(mailOf((await page.locator('#sjabloon ~ [data-inbox] a').getAttribute('href'))!)).toMatchObject({ to: 'voorstellen@example.org', subject: `Voorstel voor ${title}` });
	});

	test('the proposal page shows who adopts a proposal and its route, as organisation.yaml says', async () => {
		const procedure = page.locator('.proposal-procedure');
		expect(await procedure.locator('p').first().textContent()).toBe('Een voorgestelde formulering wordt vastgesteld door het testorgaan.');
		expect(await procedure.locator('li').allTextContents()).toEqual(['Het team stuurt het voorstel in.', 'Het testorgaan bespreekt het in zijn vergadering.']);
	});
});

// The same component on the page about the handbook (a page of content/docs, which the minimal
// handbook has not): there in the handbook's own build; each state of the setting is rendered in
// tests/components/proposal-procedure.test.ts.
test('the page about the handbook shows the procedure too, as the shipped organisation.yaml leaves it: not decided', () => {
	const procedure = readPage(paths.about, distDir).querySelector('.proposal-procedure');
	expect(procedure?.textContent?.replace(/\s+/g, ' ')).toContain('Wie een voorgestelde formulering vaststelt, en welke weg een voorstel daarvoor aflegt, is nog niet besloten.');
});

/** A page of the minimal handbook made from each kind of entry, with the file it is made from (content/…, as in the repository). */
const pages = [
	['rule', paths.rule('omgaan-met-anderen', 'respectvol-omgaan'), 'content/rules/respectvol-omgaan.mdx'],
	['agreement', paths.agreement('samen-op-kantoor'), 'content/agreements/samen-op-kantoor.mdx'],
	['interpretation', paths.interpretation('team-noord-toon'), 'content/interpretations/respectvol-omgaan/team-noord-toon.mdx'],
] as const;

const { handbook } = loadHandbook(shippedContent);
const rule = [...handbook!.rules.values()][0]!;
const agreement = [...handbook!.agreements.values()][0]!;
const interpretation = [...handbook!.interpretations.values()][0]!;
/** The same kinds of page in the handbook's own build. */
const shippedPages = [
	['rule', paths.rule(rule.data.theme, rule.id)],
	['agreement', paths.agreement(agreement.id)],
	['interpretation', paths.interpretation(interpretation.id)],
] as const;

const footerLinks = (page: Document, text: string) => [...page.querySelectorAll('footer a')].filter((link) => link.textContent?.includes(text)).map((link) => link.getAttribute('href'));
const reportLinks = (page: Document) => [...page.querySelectorAll('main a')].filter((link) => link.textContent?.trim() === 'Meld een fout').map((link) => link.getAttribute('href')!);

describe('edit links to a page’s source file', () => {
	test('with a repository in organisation.yaml, an interpretation page links to its file on the git host', () => {
		const [, route, file] = pages[2];
		expect(file).toMatch(/^content\//);
		expect(footerLinks(readPage(route, withSettings.outDir), 'Bewerk pagina')).toEqual([`${repository}/edit/werkversie/${file}`]);
	});

	test.each(pages.slice(0, 2))('the %s page, whose text is quoted word for word, offers no edit link but Meld een fout: a new issue naming the page and its file', (_, route, file) => {
		const page = readPage(route, withSettings.outDir);
		expect(footerLinks(page, 'Bewerk pagina')).toEqual([]);
		const [report, ...more] = reportLinks(page);
		expect(more).toEqual([]);
		const url = new URL(report!);
		expect(`${url.origin}${url.pathname}`).toBe(`${repository}/issues/new`);
		expect(url.searchParams.get('title')).toBe(`Fout op de pagina “${page.querySelector('main h1')!.textContent!.trim()}”`);
		expect(url.searchParams.get('body')).toContain(`Pagina: ${route}\nBestand: ${file}\n`);
		expect(page.querySelector('.report-mistake')!.textContent!.replace(/\s+/g, ' ')).toMatch(/op GitHub \(in een nieuw tabblad\)\. De tekst van de (regel|werkafspraak) zelf verander je hier niet: die komt letterlijk uit de bron\./);
	});

	// The shipped organisation.yaml names no repository.
	test.each(shippedPages)('without a repository, the %s page has no edit link and no report link', (_, route) => {
		const page = readPage(route, distDir);
		expect(page.querySelector('main h1')).not.toBeNull();
		expect(footerLinks(page, 'Bewerk pagina')).toEqual([]);
		expect(reportLinks(page)).toEqual([]);
	});
});
