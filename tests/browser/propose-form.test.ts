import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { contentFixture, shippedContent } from '../helpers/content-fixture.ts';
import { errorAt, fillProposal, goodInput, submitProposal, wcagProblemsInResult } from '../helpers/proposal-form.ts';
import { runScript } from '../helpers/run-script.ts';

const session = builtSiteInChromium();
/** The handbook's contact role, as the shipped organisation.yaml names it (or leaves it unset, which the page then says). */
const { contact } = loadHandbook(shippedContent).handbook!.organisation as { contact?: string };
const whomToAsk = contact ? `is nog niet ingesteld. Vraag het aan: ${contact}.` : 'is nog niet ingesteld, en ook niet wie je daarnaar kunt vragen.';
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
	context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	page = await context.newPage();
	return () => context.close();
});

const formFor = (query = '?regel=respectvol-omgaan') => page.goto(`${session.site.url}${paths.propose}${query}`);

describe('proposing a wording without git', () => {
	test('a link from a rule or agreement page arrives with that rule or agreement chosen', async () => {
		await formFor('?afspraak=samen-op-kantoor');
		expect(await page.locator('#voorstel-target').inputValue()).toBe('agreement:samen-op-kantoor');
		await formFor('?regel=respectvol-omgaan');
		expect(await page.locator('#voorstel-target').inputValue()).toBe('rule:respectvol-omgaan');
	});

	test('a filled-in form gives a file, downloaded or copied, that npm run check accepts as it is', async () => {
		await formFor();
		await submitProposal(page, goodInput);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download het bestand' }).click()]);
		const downloaded = readFileSync(await download.path(), 'utf8');
		await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
		await expect.poll(() => page.locator('#proposal-result [data-copy-status]').textContent()).toBe('De tekst staat op je klembord.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(downloaded);

		const name = download.suggestedFilename();
		expect(name).toBe('team-klantcontact-zuid-zo-groeten-we-elkaar.mdx');
		const content = contentFixture({ [`interpretations/respectvol-omgaan/${name}`]: downloaded });
		const check = runScript('check-content.mjs', [], content);
		expect(check.stderr).toBe('');
		expect(check.stdout).toContain('2 afspraken van teams en MT’s');
		expect(downloaded).toMatch(/^---\ntitle: Zo groeten we elkaar\nrule: respectvol-omgaan\nteam: Team Klantcontact Zuid\nlevel: team\nstatus: voorstel\ndate: \d{4}-\d{2}-\d{2}\n/);
	});

	test('without a repository or an inbox in organisation.yaml the result says the route is not set yet and names the contact role', async () => {
		await formFor();
		await submitProposal(page, goodInput);
		const result = page.locator('#proposal-result');
		await result.waitFor();
		const shown = (await result.innerText()).replace(/\s+/g, ' ');
		expect(shown).toContain(`Je kunt je voorstel hier nog niet insturen: waar voorstellen heen gaan, ${whomToAsk}`);
		expect(shown).not.toMatch(/wie de voorstellen verzamelt|geef het bestand door|git-repository|content\/interpretations/);
		expect(await result.getByRole('link', { name: 'Mail dit voorstel' }).count()).toBe(0);
		expect(await page.locator('#proposal-result a[target="_blank"]').count()).toBe(0);
		expect(await page.getByRole('link', { name: 'Download het bestand' }).isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('proposal-result-title');
	});

	test('the result meets WCAG 2.1 AA in every viewing', async () => {
		expect(await wcagProblemsInResult(session.browser, `${session.site.url}${paths.propose}?regel=respectvol-omgaan`, 'het resultaat van het formulier')).toEqual([]);
	});

	test('a wording of 120,000 characters is refused at its field, as npm run check refuses the file', async () => {
		await formFor();
		await submitProposal(page, { ...goodInput, wording: 'Een lange zin. '.repeat(8_000) });
		expect(await errorAt(page, 'wording')).toMatch(/^Jullie voorstel is te groot \(118 kB\); een bestand mag hoogstens 100 kB zijn\./);
		expect(await page.locator('#proposal-result').isVisible()).toBe(false);
	});

	test.each([
		['a person’s name as team', { team: 'Jan de Vries' }, 'team', /^Verwacht de naam van een team of MT die begint met Team, MT, Afdelings-MT, Directie-MT \(nooit de naam van een persoon\)\.$/],
		['an empty team', { team: '' }, 'team', /^Vul de naam van jullie team of MT in\. Die begint met Team, MT, Afdelings-MT of Directie-MT\.$/],
		['an empty wording', { wording: '', examples: '' }, 'wording', /^Schrijf hier wat jullie afspreken, in gewone zinnen\.$/],
		['a brace in the wording', { wording: 'We zeggen {hallo}.' }, 'wording', /^Regel 1 van de tekst: tekst tussen accolades \{ \} is code en kan niet in een bijdrage/],
	])('%s shows the check’s message in words for a team member next to its field, and focuses that field', async (_, change, field, message) => {
		await formFor();
		await submitProposal(page, { ...goodInput, ...change });
		expect(await errorAt(page, field)).toMatch(message);
		const control = page.locator(`#voorstel-${field}`);
		expect(await control.getAttribute('aria-invalid')).toBe('true');
		expect((await control.getAttribute('aria-describedby'))?.split(' ')).toContain(`voorstel-${field}-error`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`voorstel-${field}`);
		expect(await page.locator('#proposal-result').isVisible()).toBe(false);
		expect(await page.locator('.field__error:not([hidden])').count()).toBe(1);
		expect(await errorAt(page, field)).not.toMatch(/gevonden|\((rule|agreement)\)/);
	});

	test('a corrected form clears the old message', async () => {
		await formFor();
		await submitProposal(page, { ...goodInput, team: 'Jan de Vries' });
		await errorAt(page, 'team');
		await submitProposal(page, { team: 'Team Zuid' });
		await page.locator('#proposal-result').waitFor();
		expect(await page.locator('.field__error:not([hidden])').count()).toBe(0);
		expect(await page.locator('#voorstel-team').getAttribute('aria-invalid')).toBeNull();
	});

	test('no choice of rule or agreement is said at the choice', async () => {
		await formFor('');
		await submitProposal(page, goodInput);
		expect(await errorAt(page, 'target')).toBe('Kies de regel of werkafspraak waar jullie afspraak over gaat.');
	});

	test('nothing leaves the browser while a team types and checks; only the check itself is fetched from the site', async () => {
		await formFor();
		await page.waitForLoadState('networkidle');
		const requests: { url: string; method: string; body: string | null }[] = [];
		page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
		await fillProposal(page, goodInput);
		// Typing the wording loads the advice on plain Dutch (PlainLanguageAdvice): the site's own scripts, nothing sent.
		await expect.poll(() => page.locator('[data-plain-language] [role="status"]').textContent()).not.toBe('');
		expect(requests.every(({ url, method }) => method === 'GET' && new URL(url).origin === session.site.url && /^\/_astro\/[\w.-]+\.js$/.test(new URL(url).pathname))).toBe(true);
		requests.length = 0;

		await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
		await page.locator('#proposal-result').waitFor();
		await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download het bestand' }).click()]);
		await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
		const sent = requests.filter(({ url }) => !url.startsWith('blob:'));
		expect(sent.every(({ url, method, body }) => method === 'GET' && body === null && new URL(url).origin === session.site.url && new URL(url).search === '')).toBe(true);
		expect(sent.map(({ url }) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/check-proposal\.[\w-]+\.js$/)]);
	});

	test('the check is loaded on first use: the form adds only a few kilobytes to what a page loads first', async () => {
		/** The scripts a page loads before anyone touches it, each with its size compressed as a server would send it. */
		const firstViewScripts = async (route: string) => {
			const responses: import('playwright-core').Response[] = [];
			const record = (response: import('playwright-core').Response) => void responses.push(response);
			page.on('response', record);
			await page.goto(`${session.site.url}${route}`);
			await page.waitForLoadState('networkidle');
			page.off('response', record);
			const scripts = responses.filter((response) => response.request().resourceType() === 'script' && response.status() === 200);
			return new Map(await Promise.all(scripts.map(async (response) => [new URL(response.url()).pathname, gzipSync(await response.body()).length] as const)));
		};
		const rulePage = await firstViewScripts('/gedragscode/omgaan-met-anderen/respectvol-omgaan/');
		const formPage = await firstViewScripts(paths.propose);
		const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
		expect([...formPage.keys()].some((path) => path.includes('check-proposal'))).toBe(false);
		expect(total(formPage) - total(rulePage)).toBeLessThan(8 * 1024);
	});

	test('at 320 pixels wide the form, its messages and the result fit the screen', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		await formFor();
		await submitProposal(page, { ...goodInput, team: 'Jan de Vries' });
		await errorAt(page, 'team');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await submitProposal(page, { team: 'Team Zuid' });
		await page.locator('#proposal-result').waitFor();
		await page.locator('[data-file-details] summary').click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	test('works with the keyboard alone: Enter in a field checks the form', async () => {
		await formFor();
		await page.locator('#voorstel-team').focus();
		await page.keyboard.type('Jan de Vries');
		await page.keyboard.press('Enter');
		expect(await errorAt(page, 'team')).toMatch(/nooit de naam van een persoon/);
	});
});

describe('the proposal page without JavaScript', () => {
	test('says the form needs JavaScript and offers the template to copy', async () => {
		const noScript = await session.browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(`${session.site.url}${paths.propose}`);
		expect(await plain.locator('main').textContent()).toContain('Het formulier op deze pagina werkt alleen met JavaScript');
		expect(await plain.locator('#proposal-form').isVisible()).toBe(false);
		const template = plain.locator('.proposal-template');
		expect(await template.isVisible()).toBe(true);
		expect(await template.textContent()).toMatch(/^---\ntitle: .+\nrule: id-van-de-regel\nteam: Team …\nlevel: team\nstatus: voorstel\n/);
		// Where to send it is on the page without JavaScript too.
		expect((await plain.locator('#sjabloon ~ [data-no-inbox]').innerText()).replace(/\s+/g, ' ')).toContain(whomToAsk);
		expect(await plain.locator('main').innerText()).not.toMatch(/Bijlevel|content\/interpretations|\.mdx/);
		await noScript.close();
	});
});

describe('input without a name', () => {
	test('makes only the text, with what it is about, and says plainly that no channel is set', async () => {
		await formFor();
		const section = page.locator('#anonymous-form');
		const noChannel = (await page.locator('[data-no-channel]').textContent())!.replace(/\s+/g, ' ');
		expect(noChannel).toContain('Er is nog geen plek ingesteld waar je inbreng zonder naam heen kunt sturen');
		if (contact) expect(noChannel).toContain(`Vraag het aan: ${contact}.`);
		await section.locator('select').selectOption('rule:respectvol-omgaan');
		await section.locator('textarea').fill('In ons overleg worden grappen gemaakt die niet iedereen leuk vindt.');
		await section.getByRole('button', { name: 'Maak de tekst klaar' }).click();
		const text = await page.locator('#anonymous-result [data-text]').textContent();
		expect(text).toBe('Inbreng zonder naam voor het handboek De Sociale Norm\nOver: Respectvol omgaan met anderen\n\nIn ons overleg worden grappen gemaakt die niet iedereen leuk vindt.\n');
		expect(await page.locator('#anonymous-result a').count()).toBe(0);
		await page.locator('#anonymous-result').getByRole('button', { name: 'Kopieer de tekst' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
	});

	test('an empty text is refused at its field', async () => {
		await formFor();
		await page.locator('#anonymous-form').getByRole('button', { name: 'Maak de tekst klaar' }).click();
		expect(await page.locator('#zonder-naam-text-error').textContent()).toBe('is leeg; schrijf hier wat je wilt inbrengen');
	});
});
