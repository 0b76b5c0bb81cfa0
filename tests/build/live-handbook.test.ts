import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { loadHandbook, readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { fictitiousLabel } from '../../src/lib/labels.ts';
import { maxMailtoLength } from '../../src/lib/mailto.ts';
import { unsetSettingsWarnings } from '../../src/lib/owner-settings.ts';
import { paths } from '../../src/lib/paths.ts';
import { buildEnv, distDir, projectRoot } from '../helpers/astro.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { builtFile, builtRoutes, forwardTarget, readPage } from '../helpers/built-site.ts';
import { minimalContent, shippedContent } from '../helpers/content-fixture.ts';
import { goodInput, submitProposal, wcagProblemsInResult } from '../helpers/proposal-form.ts';
import { publishVersion } from '../helpers/run-script.ts';
import { brokenLinks } from '../helpers/site-links.ts';

/**
 * The handbook as an organisation runs it once it is live: on GitHub Pages as a project site, at
 * https://voorbeeld.github.io/de-sociale-norm/, every setting for proposals made, the invented
 * examples left out. One build of the minimal test handbook, for what the three need checked:
 * - the base path: HANDBOOK_BASE_PATH as the Pages workflow passes configure-pages' base_path (no
 *   slash at the end), `site` set to that address, a plain page for each of the handbook's own
 *   pages the sidebar links to (tests/fixtures/own-pages), and a rule only in the working version,
 *   so that the published version 0.1 (served at the base path) lacks a page the working version has;
 * - the proposal settings: a repository with a branch of its own, a procedure, a channel and an
 *   inbox for proposals (edit links and the proposal form);
 * - showExamples: false: beside the invented example (Team Noord) a real team's wording, which must
 *   stay, and a role reached directly, which a build never warns about; the home page shows the
 *   handbook's status, which counts the examples where they are shown.
 * Published as 0.1, then the rule added: two editions of a few pages each. These were three builds
 * of their own, in three files, before.
 */
const basePath = '/de-sociale-norm/';
const origin = 'https://voorbeeld.github.io';
const site = `${origin}${basePath}`;
const newRule = 'gedragscode/omgaan-met-anderen/testregel-werk/';
const rulePage = paths.rule('omgaan-met-anderen', 'respectvol-omgaan').slice(1);

const title = 'Testhandboek'; // handbookTitle in tests/fixtures/minimal/organisation.yaml
const repository = 'https://github.com/voorbeeld/handboek';
const proposalSettings = {
	repository: `{ host: github, url: ${repository}, branch: werkversie }`,
	procedure: '{ adoptingBody: het testorgaan, route: [Het team stuurt het voorstel in., Het testorgaan bespreekt het in zijn vergadering.] }',
	anonymousChannel: '{ label: de testtrainer, email: trainer@example.org }',
	proposalInbox: '{ label: de testkerngroep, email: voorstellen@example.org }',
};
/** The minimal handbook's invented example, and a real team's wording made from it. */
const example = { id: 'team-noord-toon', title: 'Zo letten we op onze toon' };
const real = { id: 'team-zuid-groeten', title: 'Zo groeten we elkaar in Team Zuid' };

let variant: ReturnType<typeof buildVariant>;
let organisation: ReturnType<typeof readOrganisation>['data'];
beforeAll(() => {
	variant = buildVariant(
		(content) => {
			const file = join(content, 'organisation.yaml');
			const settings = parse(readFileSync(file, 'utf8'));
			settings.showExamples = false;
			settings.helpRoles.push({ role: 'Je leidinggevende', about: 'Met je leidinggevende bespreek je wat je ziet.', reachedDirectly: true, line: true });
			writeFileSync(file, stringify(settings));
			setYamlLine(file, 'site', site);
			for (const [key, value] of Object.entries(proposalSettings)) setYamlLine(file, key, value);
			const wording = readFileSync(join(content, 'interpretations', 'respectvol-omgaan', `${example.id}.mdx`), 'utf8');
			writeFileSync(
				join(content, 'interpretations', 'respectvol-omgaan', `${real.id}.mdx`),
				wording.replace(example.title, real.title).replace('Team Noord', 'Team Zuid').replace('fictitious: true\n', ''),
			);
			// A plain page for each of the handbook's own pages the sidebar links to (home, about, accessibility, …);
			// the home page with the handbook's status.
			cpSync(join(import.meta.dirname, '..', 'fixtures', 'own-pages'), join(content, 'docs'), { recursive: true });
			writeFileSync(join(content, 'docs', 'index.mdx'), "---\ntitle: Testhandboek\n---\n\nimport HandbookStatus from '~/components/HandbookStatus.astro';\n\n<HandbookStatus />\n");
			organisation = readOrganisation(content).data;
			publishVersion(content, ['0.1', '--label', 'Eerste versie', '--bevestig']);
			writeFileSync(
				join(content, 'rules', 'testregel-werk.mdx'),
				'---\ntheme: omgaan-met-anderen\nnumber: 7\ntitle: Testregel werk\ntext: Een regel die alleen in de werkversie staat.\nsource:\n  document: testplan\n  section: testsectie\n---\n',
			);
		},
		{ HANDBOOK_BASE_PATH: '/de-sociale-norm' },
		minimalContent,
	);
}, 300_000);
afterAll(() => variant?.remove());
const browsing = builtSiteInChromium(() => variant.outDir, [], basePath);

const file = (path: string) => readFileSync(join(variant.outDir, path), 'utf8');

describe('a site built for a base path', () => {
	test('the build says which base path it built for, and where that came from', () => {
		expect(variant.output).toContain('De site wordt gebouwd voor /de-sociale-norm/ (HANDBOOK_BASE_PATH).');
		expect(variant.output).not.toContain('Let op: content/organisation.yaml — site');
	});

	test('every link, stylesheet, script, forward, feed and sitemap entry of every edition resolves under the base path', () => {
		// Every edition is there: the newest version, its own address, the working version, and each one's page that says a page is not in it.
		for (const page of ['index.html', 'versies/0.1/index.html', 'werkversie/index.html', `werkversie/${newRule}index.html`, 'niet-in-deze-versie/index.html', 'werkversie/niet-in-deze-versie/index.html', '404.html', 'wat-is-er-nieuw.xml', 'sitemap-index.xml', 'robots.txt']) {
			expect(existsSync(join(variant.outDir, page)), page).toBe(true);
		}
		expect(builtRoutes(variant.outDir, '/werkversie/').length).toBeGreaterThan(15);
		expect(brokenLinks(variant.outDir, { origin, basePath })).toEqual([]);
		// Served at /, these pages would break: every address in them carries the base path.
		const home = readPage('/', variant.outDir);
		const addresses = [...home.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
		expect(addresses.length).toBeGreaterThan(10);
		expect(addresses.filter((address) => !address.startsWith(basePath))).toEqual([]);
	});

	test('the version switcher and the pages the build adds link within the base path', () => {
		expect(existsSync(join(variant.outDir, newRule))).toBe(false);
		expect(readPage(`/werkversie/${newRule}`, variant.outDir).querySelector('.edition-bar a[data-handbook-edition="0.1"]')?.getAttribute('href')).toBe(`${basePath}niet-in-deze-versie/?pagina=/${newRule}`);
		expect(forwardTarget(file('versies/0.1/begrippen/index.html'))).toBe('/de-sociale-norm/begrippen/');
	});

	test('the feed, the sitemap and canonical links use the site’s address with the base path', () => {
		expect(file('wat-is-er-nieuw.xml')).toContain(`<link href="${site}versies/0.1/wijzigingen/"/>`);
		const canonical = readPage('/begrippen/', variant.outDir).querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical).toBe(`${site}begrippen/`);
		expect(file('sitemap-0.xml')).toContain(`<loc>${site}begrippen/</loc>`);
	});

	test('the working version says noindex, the newest does not; robots.txt says the same under the base path and names the sitemap', () => {
		const robotsMeta = (route: string) => readPage(route, variant.outDir).querySelector('meta[name="robots"]')?.getAttribute('content');
		expect([robotsMeta('/werkversie/'), robotsMeta('/'), robotsMeta('/versies/')]).toEqual(['noindex', undefined, undefined]);
		expect(file('robots.txt').split('\n').filter((line) => /^(Allow|Disallow|Sitemap):/.test(line))).toEqual([
			'Disallow: /de-sociale-norm/werkversie/',
			'Disallow: /de-sociale-norm/versies/',
			'Allow: /de-sociale-norm/versies/$',
			`Sitemap: ${site}sitemap-index.xml`,
		]);
	});
});

describe('reading the site at its base path in Chromium', () => {
	let page: Page;
	const failed: string[] = [];
	beforeAll(async () => {
		page = await browsing.browser.newPage();
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
		});
	});

	/** Types a word in the real search box of the page at `route`, and follows the first result: the results' paths, and where it landed. */
	async function searchAndFollow(route: string, word: string): Promise<{ results: string[]; opened: string }> {
		await page.goto(browsing.site.url + route);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.locator('[data-search-input]').pressSequentially(word);
		const links = page.locator('.search-result__link');
		await links.first().waitFor();
		const results = (await links.evaluateAll((found) => found.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname);
		await Promise.all([page.waitForURL((url) => url.pathname === results[0]), links.first().click()]);
		return { results, opened: new URL(page.url()).pathname };
	}

	test('a word typed in the search box finds its page, and the result opens it', async () => {
		failed.length = 0;
		const { results, opened } = await searchAndFollow('/', 'respectvol');
		expect(results).toContain(`${basePath}${rulePage}`);
		expect(results.every((result) => result.startsWith(basePath) && !result.startsWith(`${basePath}werkversie/`))).toBe(true);
		expect(opened).toBe(results[0]);
		expect(await page.locator('h1').first().textContent()).toMatch(/respectvol/i);
		expect(failed).toEqual([]);
	});

	test('in the working version, the search finds the working version’s pages', async () => {
		failed.length = 0;
		const { results, opened } = await searchAndFollow('/werkversie/', 'testregel');
		expect(results).toContain(`${basePath}werkversie/${newRule}`);
		expect(results.every((result) => result.startsWith(`${basePath}werkversie/`))).toBe(true);
		expect(opened).toBe(results[0]);
		expect(failed).toEqual([]);
	});

	test('without JavaScript, an address that does not exist shows the Dutch 404 page with its styles', async () => {
		const context = await browsing.browser.newContext({ javaScriptEnabled: false });
		try {
			const plain = await context.newPage();
			const response = await plain.goto(`${browsing.site.url}/bestaat-niet/`);
			expect(response?.status()).toBe(404);
			expect(await plain.locator('h1').first().textContent()).toBe('Deze pagina bestaat niet');
			expect(await plain.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
	});

	test('with JavaScript, the 404 page sends an old link to the page of its version that says what is missing and where it is', async () => {
		const response = await page.goto(`${browsing.site.url}/${newRule}`, { waitUntil: 'commit' });
		expect(response?.status()).toBe(404);
		await page.waitForURL((url) => url.pathname === `${basePath}niet-in-deze-versie/`);
		await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
		expect(await page.locator('h1').first().textContent()).toBe('“Testregel werk” staat niet in versie 0.1');
		expect(await page.locator('[data-handbook-missing-details] a').first().getAttribute('href')).toBe(`${basePath}werkversie/${newRule}`);
		expect(await page.locator('[data-handbook-nearest]').getAttribute('href')).toBe(`${basePath}gedragscode/omgaan-met-anderen/`);
		expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
	});
});

describe('npm run preview', () => {
	test('serves the built site at its base path', async () => {
		const port = 4900 + Math.floor(Math.random() * 90);
		const preview = spawn(process.execPath, [join(projectRoot, 'scripts', 'preview.ts'), '--outDir', variant.outDir, '--port', String(port), '--host', '127.0.0.1'], {
			cwd: projectRoot,
			env: buildEnv({ HANDBOOK_CONTENT: variant.content, HANDBOOK_BASE_PATH: '/de-sociale-norm' }),
		});
		try {
			const served = `http://127.0.0.1:${port}${basePath}`;
			await expect.poll(() => fetch(served).then((response) => response.status, () => 0), { timeout: 60_000, interval: 500 }).toBe(200);
			expect(await (await fetch(`${served}werkversie/`)).text()).toContain('Werkversie');
			expect((await fetch(`${served}pagefind/pagefind.js`)).status).toBe(200);
		} finally {
			preview.kill();
		}
	}, 90_000);
});

/** A mailto: address as the mail program reads it: to whom, the subject and the text (CRLF line ends as the page wrote them). */
function mailOf(href: string) {
	const url = new URL(href);
	return { protocol: url.protocol, to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body')?.replace(/\r\n/g, '\n') };
}

describe('a handbook whose organisation.yaml names a repository, a procedure, a channel and an inbox for proposals', () => {
	let page: Page;
	beforeEach(async () => {
		const context = await browsing.browser.newContext();
		page = await context.newPage();
		await page.goto(`${browsing.site.url}${paths.propose}?regel=respectvol-omgaan`);
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
		expect(await wcagProblemsInResult(browsing.browser, `${browsing.site.url}${paths.propose}?regel=respectvol-omgaan`, 'het resultaat met instellingen')).toEqual([]);
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

// The same component on the page about the handbook (a page of content/docs, a plain page in the
// build above): there in the handbook's own build; each state of the setting is rendered in
// tests/components/proposal-procedure.test.ts.
test('the page about the handbook shows the procedure too, as the shipped organisation.yaml leaves it: not decided', () => {
	const procedure = readPage(paths.about, distDir).querySelector('.proposal-procedure');
	expect(procedure?.textContent?.replace(/\s+/g, ' ')).toContain('Wie een voorgestelde formulering vaststelt, en welke weg een voorstel daarvoor aflegt, is nog niet besloten.');
});

/** A page of the minimal handbook made from each kind of entry, with the file it is made from (content/…, as in the repository). */
const pages = [
	['rule', paths.rule('omgaan-met-anderen', 'respectvol-omgaan'), 'content/rules/respectvol-omgaan.mdx'],
	['agreement', paths.agreement('samen-op-kantoor'), 'content/agreements/samen-op-kantoor.mdx'],
	['interpretation', paths.interpretation(real.id), `content/interpretations/respectvol-omgaan/${real.id}.mdx`],
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
		expect(footerLinks(readPage(route, variant.outDir), 'Bewerk pagina')).toEqual([`${repository}/edit/werkversie/${file}`]);
	});

	test.each(pages.slice(0, 2))('the %s page, whose text is quoted word for word, offers no edit link but Meld een fout: a new issue naming the page and its file', (_, route, file) => {
		const page = readPage(route, variant.outDir);
		expect(footerLinks(page, 'Bewerk pagina')).toEqual([]);
		const [report, ...more] = reportLinks(page);
		expect(more).toEqual([]);
		const url = new URL(report!);
		expect(`${url.origin}${url.pathname}`).toBe(`${repository}/issues/new`);
		expect(url.searchParams.get('title')).toBe(`Fout op de pagina “${page.querySelector('main h1')!.textContent!.trim()}”`);
		// The page's address as the reader had it, base path and all.
		expect(url.searchParams.get('body')).toContain(`Pagina: ${basePath.slice(0, -1)}${route}\nBestand: ${file}\n`);
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

const examples = [...handbook!.interpretations.values()].filter((i) => i.data.fictitious);
const pageText = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(dir, file), 'utf8'));

describe('one setting in organisation.yaml leaves the invented examples out of the site', () => {
	test('with the shipped setting, the examples are on the site, labelled', () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const { id } of examples) expect(existsSync(builtFile(paths.interpretation(id))), id).toBe(true);
		expect(pageText(distDir).some((html) => html.includes(fictitiousLabel))).toBe(true);
	});

	test('with showExamples: false, no example has a page, a card, a count or a search entry; a real team’s wording keeps all of them', () => {
		expect(existsSync(builtFile(paths.interpretation(example.id), variant.outDir))).toBe(false);
		expect(existsSync(builtFile(paths.interpretation(real.id), variant.outDir))).toBe(true);
		const pages = pageText(variant.outDir);
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.filter((html) => html.includes(example.title) || html.includes(paths.interpretation(example.id)))).toEqual([]);
		// The real wording is on its rule's page and its list of agreements, where the example would be.
		for (const route of ['/gedragscode/omgaan-met-anderen/respectvol-omgaan/', '/gedragscode/omgaan-met-anderen/respectvol-omgaan/afspraken/']) {
			expect(readFileSync(builtFile(route, variant.outDir), 'utf8'), route).toContain(real.title);
		}
		for (const route of ['/', paths.interpretations]) expect(readFileSync(builtFile(route, variant.outDir), 'utf8'), route).not.toMatch(/verzonnen voorbeeld/);
	});
});

// Any build will do to see what a build prints; this one is made anyway. Which settings are warned about is tested in content-check.
test('a build warns about every setting only the owner can settle that is unset (help routes, addresses, decisions), and names no role reached directly', () => {
	const warnings = unsetSettingsWarnings(organisation!);
	expect(warnings.length).toBeGreaterThan(1);
	for (const warning of warnings) expect(variant.output).toContain(warning);
	const direct = organisation!.helpRoles.filter((role) => role.reachedDirectly);
	expect(direct.map((role) => role.role)).toEqual(['Je leidinggevende']);
	for (const role of direct) expect(variant.output).not.toContain(`"${role.role}"`);
});
