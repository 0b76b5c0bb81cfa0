import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { searchKindLabels } from '../../src/lib/labels.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const session = builtSiteInChromium();
let page: Page;

beforeAll(async () => {
	page = await session.browser.newPage();
	await page.goto(session.site.url);
});

/** Asks the site's own Pagefind index, in the browser, and returns the routes of the results. */
async function search(query: string, filters: Record<string, string> = {}): Promise<string[]> {
	// Passed as text: the test runner would otherwise rewrite the dynamic import for Node.
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const { results } = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const pages = await Promise.all(results.slice(0, 8).map((result) => result.data()));
		return pages.map((data) => new URL(data.url, location.origin).pathname);
	})()`);
}

/** A fresh page with the search box open, as a reader opens it, so a test needs no other before it. */
async function openSearchBox() {
	await page.goto(session.site.url);
	await page.getByRole('button', { name: 'Zoeken' }).click();
}

/** The first result's excerpt, once Pagefind has put the page text in place of its loading dots. */
async function firstExcerpt(): Promise<string> {
	const excerpt = page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-excerpt:not(.pagefind-ui__loading)').first();
	await excerpt.waitFor();
	return (await excerpt.textContent()) ?? '';
}

describe('searching the handbook in Dutch', () => {
	test.each([
		['discriminatie', '/gedragscode/omgaan-met-anderen/geen-discriminatie/'],
		['pesten', '/gedragscode/omgaan-met-anderen/niet-pesten/'],
		['thuiswerkdag', '/werkafspraken/'],
		['bedrijfsmiddelen', '/gedragscode/gebruik-van-bedrijfsmiddelen/geen-kwetsende-inhoud-met-bedrijfsmiddelen/'],
		['melden', '/gedragscode/naleving-van-de-gedragscode/melden-bij-bureau-integriteit/'],
	])('"%s" finds %s', async (query, route) => {
		expect(await search(query)).toContain(route);
	});

	test('a plural finds the singular: Dutch stemming is on', async () => {
		expect(await search('thuiswerkdagen')).toContain('/werkafspraken/');
	});

	test('results can be narrowed to one kind of page', async () => {
		const terms = await search('pesten', { soort: searchKindLabels.begrip });
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.every((route) => route.startsWith('/begrippen/'))).toBe(true);
		const rules = await search('pesten', { soort: searchKindLabels.regel });
		expect(rules[0]).toBe('/gedragscode/omgaan-met-anderen/niet-pesten/');
		expect(rules.every((route) => route.startsWith('/gedragscode/'))).toBe(true);
		const interpretations = await search('teamchat', { soort: searchKindLabels.interpretatie });
		expect(interpretations).toContain('/interpretaties/team-voorbeeld-noord-toon-in-teamchat/');
		expect(interpretations.every((route) => route.startsWith('/interpretaties/'))).toBe(true);
	});

	test('the search box speaks Dutch and shows the page text, not the page kind, in its excerpts', async () => {
		await openSearchBox();
		await page.locator('#starlight__search .pagefind-ui__search-input').fill('pesten');
		await expect.poll(() => page.locator('.pagefind-ui__message').textContent()).toMatch(/^\d+ resultaten voor pesten$/);
		const excerpt = await firstExcerpt();
		expect(excerpt).toMatch(/pest/i);
		expect(excerpt).not.toMatch(/\b(begrip|regel|thema)\b.*\bBegrippen\b/);
		expect(await page.locator('.pagefind-ui__filter-panel-label, .pagefind-ui__filter-name').allTextContents()).toContain('Soort');
	});
});
