import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/routes.ts';
import { distDir } from '../helpers/astro.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { readPage } from '../helpers/built-site.ts';
import { goodInput, submitProposal } from '../helpers/proposal-form.ts';

/**
 * A handbook whose organisation set all proposal settings, with a branch of its own. Edit links and
 * the proposal form are tested on this one build: each build of the handbook takes a full turn.
 */
const repository = 'https://github.com/voorbeeld/handboek';
const settings = {
	repository: `{ host: github, url: ${repository}, branch: werkversie }`,
	procedure: '{ adoptingBody: het testorgaan, route: [Het team stuurt het voorstel in., Het testorgaan bespreekt het in zijn vergadering.] }',
	anonymousChannel: '{ label: de testtrainer, email: trainer@example.org }',
};

let withSettings: ReturnType<typeof buildVariant>;
beforeAll(() => {
	withSettings = buildVariant((content) => {
		for (const [key, value] of Object.entries(settings)) setYamlLine(join(content, 'organisation.yaml'), key, value);
	});
});
afterAll(() => withSettings?.remove());
const session = builtSiteInChromium(() => withSettings.outDir);

describe('a handbook whose organisation.yaml names a repository, a procedure and a channel', () => {
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
		expect(mail.searchParams.get('body')).toBe(await page.locator('#anonymous-result [data-text]').textContent());
		expect(mail.searchParams.get('body')).not.toMatch(/Team/);
		const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(main).toContain('Je stuurt de tekst zelf naar de testtrainer via trainer@example.org.');
		expect(main).toContain('Mail je de tekst, dan ziet de testtrainer je e-mailadres');
	});

	test.each([paths.propose, paths.about])('%s shows who adopts a proposal and its route, as organisation.yaml says', async (route) => {
		await page.goto(`${session.site.url}${route}`);
		const procedure = page.locator('.proposal-procedure');
		expect(await procedure.locator('p').first().textContent()).toBe('Een voorgestelde formulering wordt vastgesteld door het testorgaan.');
		expect(await procedure.locator('li').allTextContents()).toEqual(['Het team stuurt het voorstel in.', 'Het testorgaan bespreekt het in zijn vergadering.']);
	});
});

const { handbook } = loadHandbook('content');
const rule = [...handbook!.rules.values()][0]!;
const agreement = [...handbook!.agreements.values()][0]!;
const interpretation = [...handbook!.interpretations.values()][0]!;

/** A page made from each kind of entry, with the file it is made from (content/…, as in the repository). */
const pages = [
	['rule', paths.rule(rule.data.theme, rule.id), rule.file],
	['agreement', paths.agreement(agreement.id), agreement.file],
	['interpretation', paths.interpretation(interpretation.id), interpretation.file],
] as const;

const editLinks = (page: Document) => [...page.querySelectorAll('footer a')].filter((link) => link.textContent?.includes('Bewerk pagina')).map((link) => link.getAttribute('href'));

describe('edit links to a page’s source file', () => {
	test.each(pages)('with a repository in organisation.yaml, the %s page links to its file on the git host', (_, route, file) => {
		expect(file).toMatch(/^content\//);
		expect(editLinks(readPage(route, withSettings.outDir))).toEqual([`${repository}/edit/werkversie/${file}`]);
	});

	// The shipped organisation.yaml names no repository.
	test.each(pages)('without a repository, the %s page has no edit link', (_, route) => {
		const page = readPage(route, distDir);
		expect(page.querySelector('main h1')).not.toBeNull();
		expect(editLinks(page)).toEqual([]);
	});
});
