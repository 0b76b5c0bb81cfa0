import { expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const session = builtSiteInChromium();

// Browsing every page is checked in every-page.test.ts, in the same visit as accessibility.
test('searching asks nothing of another server and sets no cookie', async () => {
	const context = await session.browser.newContext();
	const page = await context.newPage();
	const { host } = new URL(session.site.url);
	const elsewhere: string[] = [];
	// Every request the page makes passes here; one to another host is noted and never sent.
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host === host) return route.continue();
		elsewhere.push(`${url.origin}${url.pathname}`);
		return route.abort();
	});
	await page.goto(session.site.url + paths.home);
	// Search loads its index and code only when used; wait until all of it has arrived.
	await page.keyboard.press('Control+k');
	await page.locator('handbook-search dialog input').fill('pesten');
	await page.locator('.search-result__link').first().waitFor();
	await page.waitForLoadState('networkidle');
	const cookie = await page.evaluate(() => document.cookie);
	const cookies = [...(cookie ? [cookie] : []), ...(await context.cookies()).map(({ name, domain }) => `${domain}: ${name}`)];
	await context.close();
	expect(elsewhere).toEqual([]);
	expect(cookies).toEqual([]);
});
