import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import type { Page } from 'playwright-core';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { runBuild } from '../helpers/astro.ts';
import { oneBuildAtATime } from '../helpers/build-lock.ts';
import { builtFile, builtRoutes, forwardTarget, readPage, textOf } from '../helpers/built-site.ts';
import { publishVersion } from '../helpers/run-script.ts';
import { atomProblems } from '../helpers/atom.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * The handbook as the project lead grows it: the shipped content (with version 0.1), changed and
 * published as version 0.2 with the real publish command, and changed once more in the working
 * version. Built twice — the second time after another change to the working version only — to
 * prove that published versions do not change. In 0.2 one rule is reworded and, under another rule,
 * only the handbook's note ("Over deze tekst"): no reader may be told that the second rule changed.
 */
let root: string;
let content: string;
let site: string;
let rebuilt: string;
let publishOutput: string;

const ruleFile = (id: string, number: number, text: string) => `---
theme: omgaan-met-anderen
number: ${number}
title: Testregel ${id}
text: ${text}
source:
  document: uitvoeringsplan-cultuurtraject-2024
  section: testsectie
---
`;
const adoptedWording = `---
title: Zo groeten we elkaar in Team Test
rule: niet-pesten
team: Team Test
level: team
status: vastgesteld
date: 2027-01-10
---

We groeten iedereen die binnenkomt, ook wie we niet kennen.
`;

function write(file: string, text: string) {
	mkdirSync(dirname(join(content, file)), { recursive: true });
	writeFileSync(join(content, file), text);
}
function replaceIn(file: string, from: string, to: string) {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} bevat "${from}" niet`);
	writeFileSync(path, text.replace(from, to));
}
let rebuildOutput: string;
let buildOutput: string;
/** An interpretation of 0.1 and 0.2 that the working version no longer has. */
const removedExample = 'interpretations/contact-met-amsterdammer-fysiek/team-voorbeeld-west-videobellen.mdx';
const removedRoute = '/interpretaties/team-voorbeeld-west-videobellen/';
/** A rule whose note (the body of its file, quoting the source) 0.2 rewords, and nothing else of it. */
const noteOnly = {
	file: 'rules/gebruik-van-bedrijfsmiddelen/geen-kwetsende-inhoud-met-bedrijfsmiddelen.mdx',
	route: '/gedragscode/gebruik-van-bedrijfsmiddelen/geen-kwetsende-inhoud-met-bedrijfsmiddelen/',
	title: 'Geen kwetsende of intimiderende inhoud met bedrijfsmiddelen',
};
/** A rule added in 0.2, which 0.1 lacks. */
const addedRoute = '/gedragscode/omgaan-met-anderen/testregel-nieuw/';
function build(outDir: string): string {
	const result = oneBuildAtATime(() => runBuild(['--outDir', outDir], { HANDBOOK_CONTENT: content }));
	if (result.status !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'handbook-versions-'));
	content = join(root, 'content');
	cpSync(shippedContent, content, { recursive: true });
	// Start from the text of version 0.1, so that 0.2 brings only the changes below, whatever the
	// working version holds today.
	const first = join(content, 'versions', '0.1');
	for (const folder of readdirSync(first).filter((name) => name !== 'version.yaml')) {
		rmSync(join(content, folder), { recursive: true, force: true });
		cpSync(join(first, folder), join(content, folder), { recursive: true });
	}
	// Version 0.2: a rule reworded, a rule added, a team's wording adopted.
	replaceIn('rules/omgaan-met-anderen/niet-pesten.mdx', 'text: Je pest niet, waaronder we ook vernedering en verstaan', 'text: Je pest niet, waaronder we ook vernedering en uitsluiting verstaan');
	write('rules/omgaan-met-anderen/testregel-nieuw.mdx', ruleFile('nieuw', 6, 'Een regel die in versie 0.2 is bijgekomen.'));
	write('interpretations/niet-pesten/team-test-groeten.mdx', adoptedWording);
	replaceIn('terms/pesten.yaml', 'Pesten is iemand steeds opnieuw kwetsen', 'Pesten is iemand keer op keer kwetsen');
	replaceIn(noteOnly.file, 'bedoeld is waarschijnlijk "afbeeldingen"', 'bedoeld is vermoedelijk "afbeeldingen"');
	publishOutput = publishVersion(content, ['0.2', '--label', 'Tweede versie voor Platform I&D']);
	// After 0.2, only in the working version: another rule, and a team's example taken out.
	write('rules/omgaan-met-anderen/testregel-werk.mdx', ruleFile('werk', 7, 'Een regel die alleen in de werkversie staat.'));
	rmSync(join(content, removedExample), { force: false });
	site = join(root, 'site');
	buildOutput = build(site);
	// A later change to the working version only; the published versions must come out the same.
	replaceIn('rules/omgaan-met-anderen/testregel-werk.mdx', 'alleen in de werkversie', 'nog steeds alleen in de werkversie');
	write('rules/omgaan-met-anderen/testregel-later.mdx', ruleFile('later', 8, 'Nog een regel in de werkversie.'));
	rebuilt = join(root, 'rebuilt');
	rebuildOutput = build(rebuilt);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const browsing = builtSiteInChromium(() => site);

const editionBar = (route: string, dist = site) => textOf(readPage(route, dist).querySelector('.edition-bar__what'));
const forwardOf = (route: string) => forwardTarget(readFileSync(builtFile(route, site), 'utf8'));

describe('every version stays readable at its own address', () => {
	test('readers land on the newest version; the older one and the working version say what they are', () => {
		// The label reads as it was typed, & and all.
		expect(editionBar('/')).toMatch(/^Versie 0\.2 van \d+ \w+ \d{4} · Tweede versie voor Platform I&D$/);
		expect(editionBar('/versies/0.1/')).toMatch(/^Oudere versie 0\.1 van .* · Startversie · Naar de nieuwste: versie 0\.2$/);
		expect(editionBar('/werkversie/')).toMatch(/^Werkversie · nog niet gepubliceerd, stand van \d+ \w+ \d{4} · Naar de gepubliceerde versie 0\.2$/);
		expect(readPage('/versies/0.1/', site).querySelector('.edition-bar__what a')?.getAttribute('href')).toBe('/');
	});

	test('each version shows its own text of a rule', () => {
		const ruleText = (route: string) => textOf(readPage(route, site).querySelector('.official-text__quote'));
		expect(ruleText('/gedragscode/omgaan-met-anderen/niet-pesten/')).toBe('Je pest niet, waaronder we ook vernedering en uitsluiting verstaan');
		expect(ruleText('/versies/0.1/gedragscode/omgaan-met-anderen/niet-pesten/')).toBe('Je pest niet, waaronder we ook vernedering en verstaan');
	});

	test('the version switcher on every page of every version leads to a page, never to a 404', () => {
		const pages = ['/', '/versies/0.1/', '/werkversie/'].flatMap((edition) => builtRoutes(site, edition));
		expect(pages.length).toBeGreaterThan(250);
		const dead: string[] = [];
		for (const route of pages) {
			for (const link of readPage(route, site).querySelectorAll('.edition-bar a')) {
				const href = link.getAttribute('href')!;
				if (!existsSync(builtFile(href.split('?')[0]!, site))) dead.push(`${route} → ${href}`);
			}
		}
		expect(dead).toEqual([]);
	});

	test('a rule added later: the older version gets no page for it; the switcher knows and leads to its one page that says so, with the path', () => {
		expect(existsSync(builtFile(`/versies/0.1${addedRoute}`, site))).toBe(false);
		const switchTo = (route: string, edition: string) => readPage(route, site).querySelector(`.edition-bar a[data-handbook-edition="${edition}"]`)?.getAttribute('href');
		expect(switchTo(addedRoute, '0.1')).toBe(`/versies/0.1/niet-in-deze-versie/?pagina=${addedRoute}`);
		expect(switchTo(`/werkversie${addedRoute}`, '0.1')).toBe(`/versies/0.1/niet-in-deze-versie/?pagina=${addedRoute}`);
		expect(switchTo('/werkversie/gedragscode/omgaan-met-anderen/testregel-werk/', '0.2')).toBe('/niet-in-deze-versie/?pagina=/gedragscode/omgaan-met-anderen/testregel-werk/');
		expect(switchTo(addedRoute, 'werkversie')).toBe(`/werkversie${addedRoute}`);
		// The newest version's own address forwards to the same page at /.
		expect(forwardOf(`/versies/0.2${addedRoute}`)).toBe(addedRoute);
	});

	test('a page removed later: the newer version has a page that says so, looks like the handbook and leads to the versions that have it and the nearest page', () => {
		const route = `/werkversie${removedRoute}`;
		const page = readPage(route, site);
		expect(forwardOf(route)).toBe('/werkversie/interpretaties/');
		expect(textOf(page.querySelector('h1'))).toBe('“Wanneer we met een Amsterdammer videobellen” staat niet in de werkversie');
		expect(page.querySelector('header')).not.toBeNull();
		expect(page.querySelector('link[rel="stylesheet"]')).not.toBeNull();
		expect(page.querySelector('.edition-bar a[data-handbook-edition="0.1"]')?.getAttribute('href')).toBe(`/versies/0.1${removedRoute}`);
		const there = [...page.querySelectorAll('main [data-handbook-missing-details] a')].map((a) => `${textOf(a)} ${a.getAttribute('href')}`);
		expect(there).toEqual([`versie 0.1 /versies/0.1${removedRoute}`, `versie 0.2 ${removedRoute}`, 'Ga naar “Afspraken van teams en MT’s” in de werkversie /werkversie/interpretaties/']);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
	});

	test('each edition keeps one page that says a page is not in it: a plain list without JavaScript', () => {
		const page = readPage('/versies/0.1/niet-in-deze-versie/', site);
		expect(textOf(page.querySelector('h1'))).toBe('Deze pagina staat niet in versie 0.1');
		expect([...page.querySelectorAll('main li a')].map((a) => a.getAttribute('href'))).toEqual(
			expect.arrayContaining(['/versies/0.1/', '/versies/0.1/gedragscode/', '/werkversie/', '/', '/versies/']),
		);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
	});

	test('the pages the assembly writes grow with the pages removed, not with pages × versions: every other html file is an edition’s own', () => {
		const [, pages, removed, forwards] = /(\d+) pagina's, (\d+) pagina's die zeggen .*, (\d+) doorverwijzingen/.exec(buildOutput)!.map(Number);
		// The example removed from the working version, and the few pages that listed only it (its team's).
		expect(removed).toBeGreaterThanOrEqual(2);
		expect(removed).toBeLessThan(5);
		// Once, the newest version's own address for each page it serves.
		expect(forwards).toBe(builtRoutes(site).filter((route) => !/^\/(werkversie|versies)\//.test(route)).length);
		// Each edition's own pages, plus its 404 page and its one page "staat niet in deze versie".
		expect(listFiles(site).filter((file) => file.endsWith('.html')).length).toBe(pages! + removed! + forwards! + 3 * 2);
		// Pages added later write nothing in the versions that lack them.
		expect(existsSync(builtFile('/versies/0.1/gedragscode/omgaan-met-anderen/testregel-werk/', site))).toBe(false);
		expect(existsSync(builtFile('/gedragscode/omgaan-met-anderen/testregel-werk/', site))).toBe(false);
	});

	test('an address of a version that does not exist gets the Dutch page that links to all versions', () => {
		expect(existsSync(join(site, 'versies', '9.9'))).toBe(false);
		const notFound = readPage('/404.html', site);
		expect(textOf(notFound.querySelector('h1'))).toBe('Deze pagina bestaat niet');
		expect(notFound.querySelector('main a[href="/versies/"]')).not.toBeNull();
	});

	test('search engines are asked to list only the newest version: the older one and the working version say noindex, and robots.txt says the same', () => {
		const noindex = (route: string) => readPage(route, site).querySelector('meta[name="robots"]')?.getAttribute('content');
		const rule = 'gedragscode/omgaan-met-anderen/niet-pesten/';
		expect([`/${rule}`, '/versies/'].map(noindex)).toEqual([undefined, undefined]);
		expect([`/versies/0.1/${rule}`, `/werkversie/${rule}`, `/versies/0.2/${rule}`].map(noindex)).toEqual(['noindex', 'noindex', 'noindex']);
		expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('Disallow: /werkversie/\nDisallow: /versies/\nAllow: /versies/$\n');
	});
});

/** The links (text and address) a changes page lists under each h3 `heading`. */
function listedUnder(page: Document, heading: string): string[] {
	return [...page.querySelectorAll('h3')]
		.filter((h3) => textOf(h3) === heading)
		.flatMap((h3) => {
			let list = h3.nextElementSibling;
			while (list && list.tagName !== 'UL') list = list.nextElementSibling;
			return [...list!.querySelectorAll(':scope > li > a')].map((a) => `${textOf(a)} ${a.getAttribute('href')}`);
		});
}

describe('what changed', () => {
	test('publishing says what changed in the handbook since the version before', () => {
		expect(publishOutput).toContain(
			'Wat lezers zien veranderen sinds versie 0.1:\n  - 1 regel toegevoegd\n  - 1 regel anders geformuleerd\n  - 1 toelichting bij een regel bijgewerkt (niet de regel zelf)\n  - 1 afspraak van een team of MT vastgesteld\n  - 1 begrip nieuw, bijgewerkt of weg',
		);
	});

	test('the changes page of 0.2 names the new rule, the reworded rule and the adopted wording, linked to their pages', () => {
		const page = readPage('/wijzigingen/', site);
		const group = (heading: string) => listedUnder(page, heading);
		expect(group('Nieuw in het handboek')).toEqual(['Testregel nieuw /gedragscode/omgaan-met-anderen/testregel-nieuw/']);
		expect(group('Anders geformuleerd')).toEqual(['Niet pesten /gedragscode/omgaan-met-anderen/niet-pesten/']);
		expect(group('Vastgesteld')).toEqual(['Zo groeten we elkaar in Team Test /interpretaties/team-test-groeten/']);
		// A team's wording names the team and the rule it is about.
		expect(textOf([...page.querySelectorAll('li')].find((li) => textOf(li).startsWith('Zo groeten we elkaar')))).toBe('Zo groeten we elkaar in Team Test (Team Test, over de regel Niet pesten)');
		expect(group('Bijgewerkt')).toEqual(['Pesten /begrippen/pesten/']);
		expect(textOf(readPage('/werkversie/wijzigingen/', site).querySelector('main'))).toContain('Testregel werk');
	});

	test('a reworded rule shows word by word what changed since the version before', () => {
		const diff = readPage('/gedragscode/omgaan-met-anderen/niet-pesten/', site).querySelector('.changed-since');
		expect(textOf(diff?.querySelector('summary'))).toBe('Wat is er veranderd sinds versie 0.1');
		expect([...diff!.querySelectorAll('ins')].map((ins) => textOf(ins))).toEqual(['toegevoegd: uitsluiting']);
		expect(diff!.querySelectorAll('del')).toHaveLength(0);
		expect(readPage('/versies/0.1/gedragscode/omgaan-met-anderen/niet-pesten/', site).querySelector('.changed-since')).toBeNull();
	});

	test('a team’s wording says in which version it was adopted, derived from the versions', () => {
		const facts = textOf(readPage('/interpretaties/team-test-groeten/', site).querySelector('.interpretation-facts'));
		expect(facts).toContain('Als vastgestelde afspraak opgenomen in versie 0.2');
	});

	test('the feed “Wat is er nieuw” is valid Atom and has both versions, newest first, with what changed', () => {
		const xml = readFileSync(join(site, 'wat-is-er-nieuw.xml'), 'utf8');
		expect(atomProblems(xml)).toEqual([]);
		const feed = new DOMParser().parseFromString(xml, 'text/xml');
		const entries = [...feed.querySelectorAll('entry')];
		expect(entries.map((entry) => entry.querySelector('link')?.getAttribute('href'))).toEqual(['/versies/0.2/wijzigingen/', '/versies/0.1/wijzigingen/']);
		expect(entries[0]!.querySelector('content')?.textContent).toContain('1 afspraak van een team of MT vastgesteld');
	});

	test('the list of versions counts each one’s coverage, which the adopted wording raised', () => {
		const page = readPage('/versies/', site);
		const section = (id: string) => textOf(page.getElementById(id)?.closest('section'));
		// 0.2: 11 rules of the three chosen themes, 5 norms of WPI and 3 chosen guidelines; 25 norms in all.
		expect(section('versie-0-2')).toContain('1 van de 19 regels, normen en richtlijnen die daarvoor gekozen zijn, heeft een vastgestelde afspraak van een team of MT');
		expect(section('versie-0-2')).toContain('In het hele handboek: 1 van de 25 regels, normen en richtlijnen (4 %)');
		expect(section('versie-0-2')).toContain('Omgaan met anderen: 1 van 6 regels');
		expect(section('versie-0-1')).toContain('0 van de 18 regels, normen en richtlijnen die daarvoor gekozen zijn');
		// The working version's figures are on its own home page: the list shows only what is published.
		expect(section('werkversie')).toContain('nog niet gepubliceerd');
		expect(section('werkversie')).not.toContain('In het hele handboek');
		expect(textOf(readPage('/werkversie/', site).querySelector('main'))).toContain('In het hele handboek: 1 van de 26 regels, normen en richtlijnen');
	});
});

describe('a rule of which only the handbook’s note changed', () => {
	const noteLine = '1 toelichting bij een regel bijgewerkt (niet de regel zelf)';

	test('the list of versions and the feed say the note changed, and count one rule reworded, not two', () => {
		// The publish command says the same (`what changed`, above).
		const listed = textOf(readPage('/versies/', site).getElementById('versie-0-2')?.closest('section'));
		expect(listed).toContain(noteLine);
		expect(listed).toContain('1 regel anders geformuleerd');
		const feed = readFileSync(join(site, 'wat-is-er-nieuw.xml'), 'utf8');
		expect(feed).toContain(`<li>${noteLine}</li>`);
		expect(feed).toContain('<li>1 regel anders geformuleerd</li>');
	});

	test('no page of any version says that rule was worded differently: the changes pages list it under “Toelichting bijgewerkt” only', () => {
		const pages = listFiles(site).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
		const saying = pages.filter((file) => {
			const html = readFileSync(join(site, file), 'utf8');
			if (!/anders geformuleerd/i.test(html)) return false;
			if (file.endsWith(`${noteOnly.route.slice(1)}index.html`)) return true;
			const page = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
			return listedUnder(page, 'Anders geformuleerd').some((link) => link.startsWith(noteOnly.title));
		});
		expect(saying).toEqual([]);
		const changes = readPage('/wijzigingen/', site);
		expect(listedUnder(changes, 'Toelichting bijgewerkt')).toEqual([`${noteOnly.title} ${noteOnly.route}`]);
		expect(textOf(changes.querySelector('main'))).toContain('De toelichting van het handboek (“Over deze tekst”) is bijgewerkt. De tekst van de regel zelf is daardoor niet veranderd.');
	});

	test('the rule’s page says only the note changed, and shows the words as the page does: spaces kept, typographic quotes', () => {
		const diff = readPage(noteOnly.route, site).querySelector('.changed-since')!;
		expect(textOf(diff.querySelector('summary'))).toBe('Wat is er veranderd sinds versie 0.1: alleen de toelichting, niet de regel zelf');
		const words = diff.querySelector('.word-diff')!;
		expect([...words.querySelectorAll('del, ins')].map((change) => `${change.tagName} ${textOf(change)}`)).toEqual(['DEL weggehaald: waarschijnlijk', 'INS toegevoegd: vermoedelijk']);
		expect(words.innerHTML).not.toContain('</del><ins>');
		expect(words.textContent).toContain('“afbeeldingen”');
		expect(words.textContent).not.toContain('"');
	});
});

describe('published versions never change', () => {
	test('rebuilt after the working version changed, the published versions are not built again and every file of them is byte for byte the same', () => {
		expect(rebuildOutput).toContain('Versie 0.2 (/): ongewijzigd sinds de vorige bouw, uit de cache');
		expect(rebuildOutput).toContain('Versie 0.1 (/versies/0.1/): ongewijzigd sinds de vorige bouw, uit de cache');
		const published = listFiles(site).filter((file) => !file.startsWith('werkversie/'));
		expect(published.length).toBeGreaterThan(200);
		const differing = published.filter((file) => !existsSync(join(rebuilt, file)) || !readFileSync(join(rebuilt, file)).equals(readFileSync(join(site, file))));
		expect(differing).toEqual([]);
		// ...while the working version did change.
		expect(textOf(readPage('/werkversie/gedragscode/omgaan-met-anderen/testregel-werk/', rebuilt).querySelector('.official-text__quote'))).toContain('nog steeds');
	});
});

describe('on a phone', () => {
	test('at 390 px the version bar still shows the label of the version, whole and on screen', async () => {
		const page = await browsing.browser.newPage({ viewport: { width: 390, height: 844 } });
		try {
			await page.goto(`${browsing.site.url}/versies/0.1/`);
			const label = page.locator('.edition-bar__label');
			await expect.poll(() => label.isVisible()).toBe(true);
			const box = (await label.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
			expect(await label.textContent()).toContain('Startversie');
		} finally {
			await page.close();
		}
	});
});

describe('a page missing in a version, in a real browser, with and without JavaScript', () => {
	const oneAddedLater = `/versies/0.1/niet-in-deze-versie/?pagina=${addedRoute}`;
	/** A page in a browser with or without JavaScript; closed after `use`. */
	async function withPage(javaScriptEnabled: boolean, use: (page: Page) => Promise<void>) {
		const context = await browsing.browser.newContext({ javaScriptEnabled });
		try {
			await use(await context.newPage());
		} finally {
			await context.close();
		}
	}
	/** Chooses a version in the switcher of the page on screen, as a reader does. */
	async function switchTo(page: Page, name: string) {
		await page.locator('.edition-bar__switch summary').click();
		await Promise.all([page.waitForURL((url) => url.pathname !== addedRoute), page.locator('.edition-bar__switch a', { hasText: name }).click()]);
	}
	const mainLinks = (page: Page) => page.locator('main [data-handbook-missing-details] a').evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));

	test('with JavaScript, the switcher from a page 0.1 lacks leads to 0.1’s page that names the page, the versions that have it and the nearest page', async () => {
		await withPage(true, async (page) => {
			await page.goto(`${browsing.site.url}${addedRoute}`);
			await switchTo(page, 'Versie 0.1');
			expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(oneAddedLater);
			await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
			expect(await page.locator('h1').textContent()).toBe('“Testregel nieuw” staat niet in versie 0.1');
			expect(await page.title()).toBe('“Testregel nieuw” staat niet in versie 0.1 | De Sociale Norm');
			expect(await mainLinks(page)).toEqual([`versie 0.2 ${addedRoute}`, `de werkversie /werkversie${addedRoute}`, 'Ga naar “Omgaan met anderen” in versie 0.1 /versies/0.1/gedragscode/omgaan-met-anderen/']);
			// Its own switcher now leads to the page where a version has it.
			expect(await page.locator('.edition-bar a[data-handbook-edition="werkversie"]').getAttribute('href')).toBe(`/werkversie${addedRoute}`);
			await page.getByText('Ga naar “Omgaan met anderen” in versie 0.1').click();
			await page.waitForURL(`**/versies/0.1/gedragscode/omgaan-met-anderen/`);
		});
	});

	test('without JavaScript, the same switcher leads to the same page, which says the page is not in 0.1 and lists where to go on', async () => {
		await withPage(false, async (page) => {
			await page.goto(`${browsing.site.url}${addedRoute}`);
			await switchTo(page, 'Versie 0.1');
			expect(new URL(page.url()).pathname).toBe('/versies/0.1/niet-in-deze-versie/');
			expect(await page.locator('h1').textContent()).toBe('Deze pagina staat niet in versie 0.1');
			expect(await page.locator('main').textContent()).toContain('De pagina die je zocht, staat niet in versie 0.1.');
			await page.locator('main a[href="/versies/0.1/gedragscode/"]').click();
			await page.waitForURL('**/versies/0.1/gedragscode/');
		});
	});

	test('an old link to a page removed from the working version leads, with and without JavaScript, to a page that says so and where it is', async () => {
		for (const javaScriptEnabled of [true, false]) {
			await withPage(javaScriptEnabled, async (page) => {
				const response = await page.goto(`${browsing.site.url}/werkversie${removedRoute}`);
				expect(response?.status()).toBe(200);
				expect(await page.locator('h1').textContent()).toBe('“Wanneer we met een Amsterdammer videobellen” staat niet in de werkversie');
				expect(await mainLinks(page)).toEqual([`versie 0.1 /versies/0.1${removedRoute}`, `versie 0.2 ${removedRoute}`, 'Ga naar “Afspraken van teams en MT’s” in de werkversie /werkversie/interpretaties/']);
			});
		}
	});

	test('an old link to a page a version never had: with JavaScript the 404 page sends the reader on to that version’s page that says so; without, the 404 page links to every version', async () => {
		await withPage(true, async (page) => {
			await page.goto(`${browsing.site.url}/versies/0.1${addedRoute}`, { waitUntil: 'commit' });
			await page.waitForURL((url) => url.pathname === '/versies/0.1/niet-in-deze-versie/');
			await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
			expect(await page.locator('h1').textContent()).toBe('“Testregel nieuw” staat niet in versie 0.1');
			expect(await mainLinks(page)).toContain(`versie 0.2 ${addedRoute}`);
		});
		await withPage(false, async (page) => {
			const response = await page.goto(`${browsing.site.url}/versies/0.1${addedRoute}`);
			expect(response?.status()).toBe(404);
			expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
			expect(await page.locator('main li', { hasText: 'Zocht je een versie' }).locator('a[href="/versies/"]').count()).toBe(1);
		});
	});

	test('an address no version has: the page says so and leads to the nearest page there is', async () => {
		await withPage(true, async (page) => {
			await page.goto(`${browsing.site.url}/werkversie/gedragscode/omgaan-met-anderen/bestaat-niet/`, { waitUntil: 'commit' });
			await page.waitForURL((url) => url.pathname === '/werkversie/niet-in-deze-versie/');
			await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
			expect(await page.locator('main [data-handbook-missing-details]').textContent()).toContain('Deze pagina staat ook niet in een andere versie van het handboek.');
			expect(await page.locator('[data-handbook-nearest]').getAttribute('href')).toBe('/werkversie/gedragscode/omgaan-met-anderen/');
		});
	});
});

describe('the pages of versions meet WCAG 2.1 AA (axe-core), with every fold open', () => {
	const links = ['/gedragscode/omgaan-met-anderen/niet-pesten/', '/wijzigingen/', '/versies/', '/versies/0.1/', '/werkversie/interpretaties/team-test-groeten/', `/werkversie${removedRoute}`, `/versies/0.1/niet-in-deze-versie/?pagina=${addedRoute}`];
	test.each(links)('%s', async (route) => {
		// The word diff, the version switcher and the coverage per theme are folded away at first;
		// the page that says a page is not in this version is checked once its script has said which.
		const openFolds = async (page: Page) => {
			if (route.includes('?pagina=')) await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
			await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		};
		expect(await wcagProblemsInEveryViewing(browsing.browser, browsing.site.url + route, route, openFolds)).toEqual([]);
	});
});

