import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const interpretations = [...handbook!.interpretations.values()];
const session = builtSiteInChromium();

/** The address of the rule or agreement page an interpretation explains. */
const targetOf = ({ data }: (typeof interpretations)[number]) =>
	data.rule ? paths.rule(handbook!.rules.get(data.rule)!.data.theme, data.rule) : paths.agreement(data.agreement!);

describe('the overview of interpretations can be narrowed to a level or a status', () => {
	test('choosing a status shows only the rules and agreements that have it, says how many match, and a level narrows further', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.site.url + paths.interpretations);
		const adopted = interpretations.filter((i) => i.data.status === 'vastgesteld');
		expect(adopted.length).toBeGreaterThan(0);
		await page.getByLabel('Status').selectOption('vastgesteld');
		await expect.poll(() => page.locator('[data-shown]').textContent()).toBe(`${adopted.length} van ${interpretations.length} afspraken`);
		const shownTargets = await page.locator('[data-interpretation-line]:visible > a:first-child').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(shownTargets.sort()).toEqual([...new Set(adopted.map(targetOf))].sort());
		// Each line says how many of its own interpretations match.
		const first = adopted[0]!;
		const ofFirst = interpretations.filter((i) => targetOf(i) === targetOf(first));
		const line = page.locator('[data-interpretation-line]', { has: page.locator(`a[href="${targetOf(first)}"]`) });
		expect(await line.locator('[data-count]').textContent()).toBe(
			`${ofFirst.filter((i) => i.data.status === 'vastgesteld').length} van ${ofFirst.length} ${ofFirst.length === 1 ? 'afspraak' : 'afspraken'}`,
		);
		await page.getByLabel('Niveau').selectOption(first.data.level);
		const adoptedAtLevel = adopted.filter((i) => i.data.level === first.data.level);
		await expect.poll(() => page.locator('[data-shown]').textContent()).toBe(`${adoptedAtLevel.length} van ${interpretations.length} afspraken`);
		expect(await page.locator('[data-interpretation-line]:visible').count()).toBe(new Set(adoptedAtLevel.map(targetOf)).size);
		await page.close();
	});

	test('without JavaScript the page is the plain overview of every rule and agreement with interpretations, with no form that cannot work', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(session.site.url + paths.interpretations);
		expect(await page.locator('[data-interpretation-filters]').isVisible()).toBe(false);
		expect(await page.locator('[data-interpretation-line]:visible').count()).toBe(new Set(interpretations.map(targetOf)).size);
		await context.close();
	});
});
