import { expect, test } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { everyBuiltPage } from '../helpers/built-site.ts';

const session = builtSiteInChromium();

test('browsing every page, and searching, asks nothing of another server and sets no cookie', { timeout: 120_000 }, async () => {
	const context = await session.browser.newContext();
	const page = await context.newPage();
	const { host } = new URL(session.site.url);
	const elsewhere: string[] = [];
	// Every request the pages make passes here; one to another host is noted and never sent.
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host === host) return route.continue();
		elsewhere.push(`${new URL(page.url()).pathname} → ${url.origin}${url.pathname}`);
		return route.abort();
	});
	const cookies: string[] = [];
	for (const route of everyBuiltPage()) {
		await page.goto(session.site.url + route);
		const cookie = await page.evaluate(() => document.cookie);
		if (cookie) cookies.push(`${route}: ${cookie}`);
	}
	// Search loads its index and code only when used; the last page waits until all has arrived.
	await page.keyboard.press('Control+k');
	await page.locator('handbook-search dialog input').fill('pesten');
	await page.locator('.search-result__link').first().waitFor();
	await page.waitForLoadState('networkidle');
	cookies.push(...(await context.cookies()).map(({ name, domain }) => `${domain}: ${name}`));
	await context.close();
	expect(elsewhere).toEqual([]);
	expect(cookies).toEqual([]);
});
