import { expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const session = builtSiteInChromium();

const phone = { width: 390, height: 844 };

test('on a phone, what to do for all three readers fits in the first two screens of the help page', async () => {
	const page = await session.browser.newPage({ viewport: phone });
	await page.goto(session.site.url + paths.normCrossed);
	const helpersTop = await page.getByRole('heading', { level: 2, name: 'Wie kan jou helpen?' }).evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
	expect(helpersTop).toBeLessThan(2 * phone.height);
	await page.close();
});

test('at 320 px the help page and its list of roles do not scroll sideways', async () => {
	const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
	await page.goto(session.site.url + paths.normCrossed);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	const widest = await page.locator('.help-role').evaluateAll((cards) => Math.max(...cards.map((card) => card.getBoundingClientRect().right)));
	expect(widest).toBeLessThanOrEqual(320);
	await page.close();
});

test('on a phone, the home shows the way to the help page on its first screen, one tap away', async () => {
	const page = await session.browser.newPage({ viewport: phone });
	await page.goto(session.site.url + paths.home);
	const link = page.locator(`main a[href="${paths.normCrossed}"]`).first();
	expect(await link.isVisible()).toBe(true);
	expect(await link.evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(phone.height);
	await Promise.all([page.waitForURL((url) => url.pathname === paths.normCrossed), link.click()]);
	await page.close();
});

test('on a phone, the help page is the first item in the menu of every other page: two taps away', async () => {
	const page = await session.browser.newPage({ viewport: phone });
	await page.goto(session.site.url + paths.glossary);
	await page.getByRole('button', { name: 'Menu' }).click();
	const first = page.locator('#starlight__sidebar a').first();
	expect(await first.getAttribute('href')).toBe(paths.normCrossed);
	expect(await first.evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(phone.height);
	await Promise.all([page.waitForURL((url) => url.pathname === paths.normCrossed), first.click()]);
	await page.close();
});
