import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const session = builtSiteInChromium();
let context: BrowserContext;
let page: Page;

const rulePage = paths.rule('omgaan-met-anderen', 'respectvol-omgaan');

beforeAll(async () => {
	context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

beforeEach(async () => {
	await page?.close();
	page = await context.newPage();
});

/** What has keyboard focus, described the way a test can compare it. */
function focused() {
	return page.evaluate(() => {
		const element = document.activeElement;
		return {
			tag: element?.tagName.toLowerCase(),
			text: element?.textContent?.replace(/\s+/g, ' ').trim(),
			href: element?.getAttribute('href'),
			inMain: Boolean(element?.closest('main')),
			isSearchButton: Boolean(element?.matches('handbook-search button[data-open]')),
			isSearchInput: Boolean(element?.closest('handbook-search dialog') && element.matches('input')),
			isResultLink: Boolean(element?.matches('.search-result__link')),
		};
	});
}

/** Presses Tab until `reached` holds, as a keyboard user would; fails when it never does. */
async function tabUntil(reached: (f: Awaited<ReturnType<typeof focused>>) => boolean, maxStops = 30) {
	for (let stop = 1; stop <= maxStops; stop++) {
		await page.keyboard.press('Tab');
		if (reached(await focused())) return stop;
	}
	throw new Error(`Not reached with ${maxStops} presses of Tab; focus ended on ${JSON.stringify(await focused())}`);
}

/** The search box is built when the dialog first opens; a reader sees it appear at once. */
const searchReady = () => page.locator('handbook-search dialog input').waitFor({ state: 'attached' });

const searchDialogOpen = () => page.evaluate(() => document.querySelector<HTMLDialogElement>('handbook-search dialog')!.open);

describe('using the handbook with the keyboard only', () => {
	test('the first Tab stop is the skip link, and it takes focus past the header and sidebar to the page text', async () => {
		await page.goto(session.site.url + rulePage);
		await page.keyboard.press('Tab');
		expect(await focused()).toMatchObject({ tag: 'a', text: 'Ga naar inhoud' });
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await focused()).toMatchObject({ inMain: true });
	});

	test('Enter on the search button opens search; Escape closes it and puts focus back on the button', async () => {
		await page.goto(session.site.url + rulePage);
		await tabUntil((f) => f.isSearchButton);
		await page.keyboard.press('Enter');
		expect(await searchDialogOpen()).toBe(true);
		await searchReady();
		await expect.poll(focused).toMatchObject({ isSearchInput: true });
		await page.keyboard.press('Escape');
		expect(await searchDialogOpen()).toBe(false);
		expect(await focused()).toMatchObject({ isSearchButton: true });
	});

	test('Ctrl+K opens search; Escape closes it and returns focus to where the reader was', async () => {
		await page.goto(session.site.url + rulePage);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const before = await focused();
		expect(before.inMain).toBe(true);
		await page.keyboard.press('Control+k');
		expect(await searchDialogOpen()).toBe(true);
		await searchReady();
		await expect.poll(focused).toMatchObject({ isSearchInput: true });
		await page.keyboard.press('Escape');
		expect(await searchDialogOpen()).toBe(false);
		expect(await focused()).toEqual(before);
	});

	test('a query typed in search, and a result followed, without a mouse', async () => {
		await page.goto(session.site.url + paths.home);
		await page.keyboard.press('Control+k');
		await searchReady();
		await expect.poll(focused).toMatchObject({ isSearchInput: true });
		await page.keyboard.type('pesten');
		await page.locator('.search-result__link').first().waitFor();
		await tabUntil((f) => f.isResultLink);
		const { href } = await focused();
		const target = new URL(href!, session.site.url).pathname;
		await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe(target);
		expect(target).not.toBe(paths.home);
	});
});
