import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { searchTexts } from '../../src/lib/labels.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { contextFor } from '../helpers/viewings.ts';

/**
 * Searching on a phone, as the review of reader tasks did it (390 × 844), with a screen reader and
 * with the keyboard only: results first, the count announced, no shortcut that is not there.
 */
const session = builtSiteInChromium();
let context: BrowserContext | undefined;

afterEach(async () => {
	await context?.close();
	context = undefined;
});

/** A page in a phone's browser (touch, no mouse), or in a desktop's. */
async function open(device: 'phone' | 'desktop', viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 }): Promise<Page> {
	context = await session.browser.newContext({ viewport, hasTouch: device === 'phone', isMobile: device === 'phone' });
	const page = await context.newPage();
	await page.goto(session.site.url);
	return page;
}

/** Opens the search with its button and types `query`; resolves once the results for it show. */
async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.locator('[data-search-input]').pressSequentially(query);
	await expect.poll(() => page.locator('[data-search-message] strong').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`voor ${query}$`));
}

describe('search on a phone', () => {
	test('a touch screen shows and announces no keyboard shortcut; a desktop does both', async () => {
		const phone = await open('phone');
		const button = phone.locator('handbook-search button[data-open]');
		await expect.poll(() => button.isEnabled()).toBe(true);
		expect(await phone.getByRole('button', { name: 'Zoeken', exact: true }).count()).toBe(1);
		expect(await button.getAttribute('aria-keyshortcuts')).toBeNull();
		expect(await button.textContent()).not.toMatch(/Ctrl|⌘/);
		await context!.close();

		const desktop = await open('desktop');
		await expect.poll(() => desktop.locator('handbook-search button[data-open]').isEnabled()).toBe(true);
		expect(await desktop.getByRole('button', { name: 'Zoeken Ctrl K', exact: true }).isVisible()).toBe(true);
		expect(await desktop.locator('handbook-search button[data-open]').getAttribute('aria-keyshortcuts')).toBe('Control+K');
	});

	test('with the on-screen keyboard up, the first result shows right after typing a word, the filter folded below it', async () => {
		const page = await open('phone');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		// The keyboard takes about 340 px of an 844 px screen: what is left is 390 × 500.
		await page.setViewportSize({ width: 390, height: 500 });
		await page.locator('[data-search-input]').pressSequentially('pesten');
		const first = page.locator('.search-result__link').first();
		await first.waitFor();
		const link = (await first.boundingBox())!;
		expect(link.y).toBeGreaterThanOrEqual(0);
		expect(link.y + link.height).toBeLessThanOrEqual(500);
		const filters = page.locator('.search-box__filters');
		expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect((await filters.boundingBox())!.y).toBeGreaterThan(link.y + link.height);
	});

	test('the number of results is announced by a polite live region that is there before the search', async () => {
		const page = await open('phone');
		const region = page.locator('[data-search-message]');
		expect(await region.getAttribute('aria-live')).toBe('polite');
		expect(await region.getAttribute('role')).toBe('status');
		expect(await region.textContent()).toBe('');
		await search(page, 'pesten');
		expect(await region.textContent()).toMatch(/^\d+ resultaten voor pesten$/);
	});

	test('one Tab from the search box reaches the first result, which is one link', async () => {
		const page = await open('desktop');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('discriminatie');
		await page.locator('.search-result__link').first().waitFor();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement === document.querySelector('.search-result__link'))).toBe(true);
		expect(await page.locator('.search-result').first().locator('a').count()).toBe(1);
	});

	test('the filter’s boxes stand out from the dialog at least 3:1, light and dark', async () => {
		for (const theme of ['light', 'dark'] as const) {
			context = await contextFor(session.browser, { theme, width: 390 });
			const page = await context.newPage();
			await page.goto(session.site.url);
			await search(page, 'pesten');
			await page.locator('.search-box__filters summary').click();
			const { border, background } = await page.locator('.search-box__filter input').first().evaluate((box) => ({
				border: getComputedStyle(box).borderTopColor,
				background: getComputedStyle(box.closest('dialog')!).backgroundColor,
			}));
			expect(contrast(border, background), `${theme}: ${border} on ${background}`).toBeGreaterThanOrEqual(3);
			await context.close();
			context = undefined;
		}
	});

	test('axe finds nothing wrong in the open search dialog with results and the filter, light and dark, phone and desktop', async () => {
		const problems = await wcagProblemsInEveryViewing(session.browser, session.site.url, 'the open search dialog', async (page) => {
			await search(page, 'pesten');
			const summary = page.locator('.search-box__filters summary');
			if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) await summary.click();
			await page.locator('.search-box__filter input').first().waitFor();
		});
		expect(problems).toEqual([]);
	});

	test('a question no page holds every word of finds pages and says so, also on a phone', async () => {
		const page = await open('phone');
		await search(page, 'teamdag seksuele opmerkingen');
		expect(await page.locator('.search-box__why').textContent()).toBe(searchTexts.mostWords);
		expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
	});
});

/** The contrast ratio of two CSS colours as getComputedStyle gives them (rgb or rgba, opaque), per WCAG 2.1. */
function contrast(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
			const channel = Number(value) / 255;
			return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
