import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { addAxe, describeViolations, wcagViolations } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { everyBuiltPage } from '../helpers/built-site.ts';
import { contextFor, describeViewing, viewings, type Viewing } from '../helpers/viewings.ts';

const session = builtSiteInChromium();
/** The page widths of the viewings; each page is loaded once per width and checked in every theme there. */
const widths = [...new Set(viewings.map(({ width }) => width))];
/** One tab per width, reused for every page; it opens pages in the first theme. */
let tabs: { width: number; page: Page }[];

beforeAll(async () => {
	tabs = await Promise.all(
		widths.map(async (width) => {
			const context = await contextFor(session.browser, viewings.find((viewing) => viewing.width === width)!);
			await addAxe(context);
			return { width, page: await context.newPage() };
		}),
	);
});

/**
 * Switches the theme as a reader does, with Starlight's own theme picker: its change handler sets
 * the theme on the page at once, without loading it again.
 */
async function chooseTheme(page: Page, theme: Viewing['theme']) {
	await page.evaluate((theme) => {
		const picker = document.querySelector<HTMLSelectElement>('starlight-theme-select select');
		if (!picker || picker.value === theme) return;
		picker.value = theme;
		picker.dispatchEvent(new Event('change'));
	}, theme);
}

/** What axe-core finds on one page in one viewing, as lines for the CI log; empty when all is well. */
async function problemsIn(route: string, page: Page, viewing: Viewing): Promise<string[]> {
	const where = `${session.site.url}${route} (${describeViewing(viewing)})`;
	await chooseTheme(page, viewing.theme);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	if (theme !== viewing.theme) return [`${where}: the page shows the ${theme} theme instead`];
	const violations = await wcagViolations(page);
	return violations.length === 0 ? [] : [`${where}:`, ...describeViolations(violations).map((line) => `  ${line}`)];
}

/** One page at one width, in every theme: loaded once, then each theme chosen in turn. */
async function problemsAt(route: string, { width, page }: (typeof tabs)[number]): Promise<string[]> {
	await page.goto(session.site.url + route);
	const problems: string[] = [];
	for (const viewing of viewings.filter((viewing) => viewing.width === width)) problems.push(...(await problemsIn(route, page, viewing)));
	return problems;
}

describe('every page meets WCAG 2.1 AA (axe-core) in the light and dark theme, 320 px and 1280 px wide', () => {
	// One page at a time, its two widths side by side: enough to keep two cores busy.
	test.each(everyBuiltPage())('%s', async (route) => {
		const problems = (await Promise.all(tabs.map((tab) => problemsAt(route, tab)))).flat();
		expect(problems).toEqual([]);
	});
});
