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
import { runScript } from '../helpers/run-script.ts';
import { atomProblems } from '../helpers/atom.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * The handbook as the project lead grows it: the shipped content (with version 0.1), changed and
 * published as version 0.2 with the real publish command, and changed once more in the working
 * version. Built twice — the second time after another change to the working version only — to
 * prove that published versions do not change.
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
	const published = runScript('publish.ts', ['0.2', '--label', 'Tweede versie'], content);
	if (published.status !== 0) throw new Error(published.stderr);
	publishOutput = published.stdout;
	// After 0.2, only in the working version: another rule.
	write('rules/omgaan-met-anderen/testregel-werk.mdx', ruleFile('werk', 7, 'Een regel die alleen in de werkversie staat.'));
	site = join(root, 'site');
	build(site);
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
		expect(editionBar('/')).toMatch(/^Versie 0\.2 van \d+ \w+ \d{4} · Tweede versie$/);
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
				if (!existsSync(builtFile(href, site))) dead.push(`${route} → ${href}`);
			}
		}
		expect(dead).toEqual([]);
	});

	test('a rule added later takes a reader of an older version to the nearest page it has', () => {
		expect(forwardOf('/versies/0.1/gedragscode/omgaan-met-anderen/testregel-nieuw/')).toBe('/versies/0.1/gedragscode/omgaan-met-anderen/');
		expect(textOf(readPage('/versies/0.1/gedragscode/omgaan-met-anderen/testregel-nieuw/', site).querySelector('h1'))).toBe('“Testregel nieuw” staat niet in versie 0.1');
		expect(forwardOf('/gedragscode/omgaan-met-anderen/testregel-werk/')).toBe('/gedragscode/omgaan-met-anderen/');
		expect(forwardOf('/versies/0.2/gedragscode/omgaan-met-anderen/testregel-nieuw/')).toBe('/gedragscode/omgaan-met-anderen/testregel-nieuw/');
	});

	test('that page looks like the handbook: its header, its version bar and styles, and links to the versions that have the page', () => {
		const page = readPage('/versies/0.1/gedragscode/omgaan-met-anderen/testregel-nieuw/', site);
		expect(page.querySelector('header')).not.toBeNull();
		expect(page.querySelector('link[rel="stylesheet"]')).not.toBeNull();
		expect(editionBar('/versies/0.1/gedragscode/omgaan-met-anderen/testregel-nieuw/')).toMatch(/^Oudere versie 0\.1 van .* · Startversie · Naar de nieuwste: versie 0\.2$/);
		// The version bar leads to the same page in the newest version, which has it.
		expect(page.querySelector('.edition-bar__what a')?.getAttribute('href')).toBe('/gedragscode/omgaan-met-anderen/testregel-nieuw/');
		const there = [...page.querySelectorAll('main p a')].map((a) => `${textOf(a)} ${a.getAttribute('href')}`);
		expect(there).toContain('versie 0.2 /gedragscode/omgaan-met-anderen/testregel-nieuw/');
		expect(there).toContain('de werkversie /werkversie/gedragscode/omgaan-met-anderen/testregel-nieuw/');
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
		// The template it is made from is not left on the site.
		expect(existsSync(join(site, 'niet-in-deze-versie'))).toBe(false);
		expect(existsSync(join(site, 'versies', '0.1', 'niet-in-deze-versie'))).toBe(false);
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

describe('what changed', () => {
	test('publishing says what changed in the handbook since the version before', () => {
		expect(publishOutput).toContain(
			'Wat lezers zien veranderen sinds versie 0.1:\n  - 1 regel toegevoegd\n  - 1 regel anders geformuleerd\n  - 1 afspraak van een team of MT vastgesteld\n  - 1 begrip nieuw, bijgewerkt of weg',
		);
	});

	test('the changes page of 0.2 names the new rule, the reworded rule and the adopted wording, linked to their pages', () => {
		const page = readPage('/wijzigingen/', site);
		const group = (heading: string) =>
			[...page.querySelectorAll('h3')]
				.filter((h3) => textOf(h3) === heading)
				.flatMap((h3) => {
					let list = h3.nextElementSibling;
					while (list && list.tagName !== 'UL') list = list.nextElementSibling;
					return [...list!.querySelectorAll(':scope > li > a')].map((a) => `${textOf(a)} ${a.getAttribute('href')}`);
				});
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

describe('the pages of versions meet WCAG 2.1 AA (axe-core), with every fold open', () => {
	const links = ['/gedragscode/omgaan-met-anderen/niet-pesten/', '/wijzigingen/', '/versies/', '/versies/0.1/', '/werkversie/interpretaties/team-test-groeten/', '/versies/0.1/gedragscode/omgaan-met-anderen/testregel-nieuw/'];
	test.each(links)('%s', async (route) => {
		// The word diff, the version switcher and the coverage per theme are folded away at first.
		const openFolds = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		expect(await wcagProblemsInEveryViewing(browsing.browser, browsing.site.url + route, route, openFolds)).toEqual([]);
	});
});

