import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/routes.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const interpretations = [...loadHandbook('content').handbook!.interpretations.values()];
const session = builtSiteInChromium();

describe('the overview of interpretations can be narrowed to a team, a level or a status', () => {
	test('choosing a status shows only its interpretations, says how many, and hides rules without any', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.site.url + paths.interpretations);
		const adopted = interpretations.filter((i) => i.data.status === 'vastgesteld');
		expect(adopted.length).toBeGreaterThan(0);
		await page.getByLabel('Status').selectOption('vastgesteld');
		const shownLinks = await page.locator('[data-interpretation]:visible > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(shownLinks.sort()).toEqual(adopted.map((i) => paths.interpretation(i.id)).sort());
		await expect.poll(() => page.locator('[data-shown]').textContent()).toBe(`${adopted.length} van ${interpretations.length} afspraken`);
		const visibleGroups = await page.locator('div[data-interpretation-group]:visible h3 a').count();
		expect(visibleGroups).toBe(new Set(adopted.map((i) => i.data.rule ?? i.data.agreement)).size);
		await page.getByLabel('Team of MT').selectOption(adopted[0]!.data.team);
		await expect.poll(() => page.locator('[data-interpretation]:visible').count()).toBe(adopted.filter((i) => i.data.team === adopted[0]!.data.team).length);
		await page.close();
	});

	test('without JavaScript the page is the plain list of every interpretation, with no form that cannot work', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(session.site.url + paths.interpretations);
		expect(await page.locator('[data-interpretation-filters]').isVisible()).toBe(false);
		expect(await page.locator('[data-interpretation]:visible').count()).toBe(interpretations.length);
		await context.close();
	});
});
