import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { editionNamed, readEditions } from '../../src/lib/edition.ts';
import { fictitiousLabel, searchKindLabels, searchTexts } from '../../src/lib/labels.ts';
import { pagefindOptions } from '../../src/lib/search-ranking.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/** The working version: its search words are the ones content/ holds now. */
const base = editionNamed(readEditions(shippedContent)).base;
const inEdition = (path: string) => `${base}${path.slice(1)}`;

const session = builtSiteInChromium();
let page: Page;

beforeAll(async () => {
	page = await session.browser.newPage();
	await page.goto(session.site.url + base);
});

/** Asks the site's own Pagefind index in the browser, with the search box's options, and returns the links of the results. */
async function search(query: string, filters: Record<string, string> = {}): Promise<string[]> {
	// Passed as text: the test runner would otherwise rewrite the dynamic import for Node.
	return page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
		await pagefind.options(${JSON.stringify(pagefindOptions)});
		const { results } = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const pages = await Promise.all(results.slice(0, 8).map((result) => result.data()));
		return pages.map((data) => new URL(data.url, location.origin).pathname);
	})()`);
}

/** A fresh page with the search box open and `query` typed, as a reader does, once its results show. */
async function searchInBox(query: string) {
	await page.goto(session.site.url + base);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.locator('[data-search-input]').pressSequentially(query);
	await expect.poll(() => page.locator('[data-search-message] strong').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`voor ${query}$`));
}

describe('searching the handbook in Dutch', () => {
	test.each([
		['discriminatie', '/gedragscode/omgaan-met-anderen/geen-discriminatie/'],
		['pesten', '/gedragscode/omgaan-met-anderen/niet-pesten/'],
		['thuiswerkdag', '/werkafspraken/'],
		['bedrijfsmiddelen', '/gedragscode/gebruik-van-bedrijfsmiddelen/geen-kwetsende-inhoud-met-bedrijfsmiddelen/'],
		['melden', '/gedragscode/naleving-van-de-gedragscode/melden-bij-bureau-integriteit/'],
	])('"%s" finds %s', async (query, route) => {
		expect(await search(query)).toContain(inEdition(route));
	});

	test('a plural finds the singular: Dutch stemming is on', async () => {
		expect(await search('thuiswerkdagen')).toContain(inEdition('/werkafspraken/'));
	});

	test('a search word finds its page though the page text never uses it, and never shows up in an excerpt', async () => {
		// "hoofddoek" is a search word of the rule against discrimination, in no page's text.
		expect(await search('hoofddoek')).toEqual([inEdition('/gedragscode/omgaan-met-anderen/geen-discriminatie/')]);
		await searchInBox('hoofddoek');
		expect(await page.locator('.search-result__excerpt').first().textContent()).not.toMatch(/hoofddoek/);
	});

	test('results can be narrowed to one kind of page; invented examples are a kind of their own', async () => {
		const terms = await search('pesten', { soort: searchKindLabels.begrip });
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.every((route) => route.startsWith(inEdition('/begrippen/')))).toBe(true);
		const rules = await search('pesten', { soort: searchKindLabels.regel });
		expect(rules[0]).toBe(inEdition('/gedragscode/omgaan-met-anderen/niet-pesten/'));
		expect(rules.every((route) => route.startsWith(inEdition('/gedragscode/')))).toBe(true);
		const examples = await search('teamchat', { soort: fictitiousLabel });
		expect(examples).toContain(inEdition('/interpretaties/team-voorbeeld-noord-toon-in-teamchat/'));
		expect(await search('teamchat', { soort: searchKindLabels.interpretatie })).not.toContain(inEdition('/interpretaties/team-voorbeeld-noord-toon-in-teamchat/'));
	});

	test('the search box speaks Dutch, shows page text in its excerpts and each result’s kind above it', async () => {
		await searchInBox('pesten');
		expect(await page.locator('[data-search-message] strong').textContent()).toMatch(/^\d+ resultaten voor pesten$/);
		const first = page.locator('.search-result').first();
		expect(await first.locator('.search-result__excerpt').textContent()).toMatch(/pest/i);
		expect(Object.values(searchKindLabels)).toContain(await first.locator('.search-result__kind').textContent());
		expect(await page.locator('.search-box__filters summary').textContent()).toBe(searchTexts.filters);
	});

	test('ticking a kind shows only pages of that kind, and says how many of all', async () => {
		await searchInBox('pesten');
		const all = await page.locator('.search-result').count();
		const filters = page.locator('.search-box__filters');
		if (!(await filters.evaluate((details) => (details as HTMLDetailsElement).open))) await filters.locator('summary').click();
		await page.getByRole('checkbox', { name: new RegExp(`^${searchKindLabels.regel} \\(\\d+\\)$`) }).check();
		await expect.poll(() => page.locator('[data-search-message] strong').textContent(), { timeout: 5000 }).toMatch(/^\d+ van de \d+ resultaten voor pesten, met het filter op soort$/);
		const kinds = await page.locator('.search-result__kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(kinds.every((kind) => kind === searchKindLabels.regel)).toBe(true);
		expect(kinds.length).toBeLessThan(all + 1);
	});

	test('more results load on request, and focus goes to the first new one', async () => {
		await searchInBox('werk');
		expect(await page.locator('.search-result').count()).toBe(5);
		await page.getByRole('button', { name: searchTexts.more }).click();
		await expect.poll(() => page.locator('.search-result').count(), { timeout: 5000 }).toBe(10);
		expect(await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[5])).toBe(true);
	});

	test('a word mistyped near its end finds the pages of words that begin like it, and says so', async () => {
		await searchInBox('discrimenatie');
		const why = (await page.locator('.search-box__why').textContent())!;
		const start = /„(.+)”/.exec(why)?.[1] ?? '';
		expect(why).toBe(searchTexts.likeWord(start));
		expect('discrimenatie'.startsWith(start) && start.length < 'discrimenatie'.length).toBe(true);
		expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
	});

	test('a reader’s first search runs on the page: Pagefind’s worker script is never fetched', async () => {
		const context = await session.browser.newContext();
		try {
			const fresh = await context.newPage();
			const fetched: string[] = [];
			fresh.on('request', (request) => fetched.push(new URL(request.url()).pathname));
			await fresh.goto(session.site.url + base);
			await fresh.getByRole('button', { name: 'Zoeken' }).click();
			await fresh.locator('[data-search-input]').pressSequentially('pesten');
			await expect.poll(() => fresh.locator('.search-result__link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
			expect(fetched).toContain(`${base}pagefind/pagefind.js`);
			expect(fetched.filter((path) => path.includes('worker'))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
