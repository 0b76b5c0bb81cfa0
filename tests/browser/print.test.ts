import { beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { landingEditionOf, readEditions } from '../../src/lib/edition.ts';
import { formatDate } from '../../src/lib/interpretations.ts';
import { paths, linksOf } from '../../src/lib/paths.ts';
import { teamsOf } from '../../src/lib/teams.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const session = builtSiteInChromium();

const shipped = loadHandbook(shippedContent).handbook!;
const { handbookTitle } = shipped.organisation;

/**
 * Prints a page to A4 as Chromium does, and collects the words of the page's navigation (header,
 * search, sidebar, table of contents, pagination, footer links) that its own text does not use.
 */
async function print(route: string) {
	const page = await session.browser.newPage();
	try {
		await page.goto(session.site.url + route);
		const navigation: string[] = await page.evaluate(() => {
			const own = [...document.querySelectorAll('main h1, main .sl-markdown-content')].map((element) => element.textContent).join(' ');
			const parts = 'header, nav.sidebar, .right-sidebar-container, .pagination-links, .handbook-footer__links, .sl-skip-link';
			return [...document.querySelectorAll(parts)]
				.flatMap((part) => [part, ...part.querySelectorAll('a, summary, button, label, h2')])
				.filter((element) => element.children.length === 0 || element.matches('a, summary, button'))
				.map((element) => element.textContent!.replace(/\s+/g, ' ').trim())
				.filter((text) => text.length > 2 && !own.includes(text));
		});
		const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
		return { pages, text: pages.join(' '), navigation: [...new Set(navigation)] };
	} finally {
		await page.close();
	}
}

describe.each([
	['a rule page', paths.rule('omgaan-met-anderen', 'respectvol-omgaan')],
	['the glossary', paths.glossary],
])('printing %s (%s)', (_, route) => {
	let printout: Awaited<ReturnType<typeof print>>;
	beforeAll(async () => {
		printout = await print(route);
	});

	test('the printout names the handbook, the version readers land on, its label and the day it was published', () => {
		const { name, label, date } = landingEditionOf(readEditions(shippedContent));
		expect(printout.text).toContain(`${handbookTitle} · ${name}${label ? ` (${label})` : ''} van ${formatDate(date)}`);
	});

	test('the printout says where it was printed from and on which day', () => {
		const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
		// A long address may wrap on paper: compared without the spaces the lines add.
		const squeezed = (text: string) => text.replace(/\s+/g, '');
		expect(squeezed(printout.text)).toContain(squeezed(`Afgedrukt van ${session.site.url}${route} op ${today}`));
	});

	test('the printout leaves out the navigation: no header, search, sidebar, table of contents or pagination', () => {
		expect(printout.navigation.length, 'the page has navigation to leave out').toBeGreaterThan(5);
		// The handbook's name is in the header and belongs on paper too, in the line that says what the printout is.
		const printedNavigation = printout.navigation.filter((words) => words !== handbookTitle && printout.text.includes(words));
		expect(printedNavigation).toEqual([]);
	});

	test('the first page is filled like the others, not left half empty', () => {
		const { pages } = printout;
		// Pages between the first and the last are full; a short printout is compared with its fullest page.
		const middle = pages.slice(1, -1);
		const full = middle.length > 0 ? middle.reduce((sum, page) => sum + page.length, 0) / middle.length : Math.max(...pages.map((page) => page.length));
		expect(pages[0]!.length, `${pages.length} pages of ${pages.map((page) => page.length).join(', ')} characters`).toBeGreaterThan(0.6 * full);
	});
});

describe('printing a theme’s rules', () => {
	test('every rule sits on one sheet with the line that names its source', async () => {
		const page = await session.browser.newPage();
		try {
			await page.goto(session.site.url + paths.theme('omgaan-met-anderen'));
			const rules: string[] = await page.$$eval('.rule-list > li', (items) => items.map((item) => item.textContent!));
			const sheets = await pdfPageTexts(await page.pdf({ format: 'A4' }));
			// Compared without spaces: the PDF's text runs break lines where the screen does not.
			const squeezed = (text: string) => text.replace(/\s+/g, '');
			expect(rules.length).toBeGreaterThan(3);
			expect(sheets.length, 'the list runs over more than one sheet, so a break falls somewhere').toBeGreaterThan(1);
			const split = rules.filter((rule) => !sheets.some((sheet) => squeezed(sheet).includes(squeezed(rule))));
			expect(split).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('printing a team’s page as “Onze afspraken”', () => {
	// The team with the most interpretations in the shipped content: the longest sheet a team has today.
	const team = teamsOf(shipped.interpretations.values()).sort((a, b) => b.interpretations.length - a.interpretations.length)[0]!;
	// The working version is built from the shipped content itself.
	const route = linksOf({ base: '/werkversie' }).team(team.slug);
	let printout: Awaited<ReturnType<typeof print>>;
	beforeAll(async () => {
		printout = await print(route);
	});

	test('fits on one or two A4 sheets, headed with the team’s name and “Onze afspraken”, with every interpretation’s title', () => {
		expect(printout.pages.length).toBeGreaterThanOrEqual(1);
		expect(printout.pages.length, printout.pages.join('\n---\n')).toBeLessThanOrEqual(2);
		expect(printout.pages[0]).toContain(`${team.name} Onze afspraken`);
		for (const { data } of team.interpretations) expect(printout.text).toContain(data.title);
	});

	test('leaves out the navigation, the trail above the title and the hint to print', () => {
		const printedNavigation = printout.navigation.filter((words) => words !== handbookTitle && printout.text.includes(words));
		expect(printedNavigation).toEqual([]);
		expect(printout.text).not.toContain('Teams en MT’s');
		expect(printout.text).not.toContain('Druk je deze pagina af');
		expect(printout.text).toContain(`Afgedrukt van ${session.site.url}`);
	});
});
