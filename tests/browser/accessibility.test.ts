import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { addAxe, describeViolations, wcagViolations } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { everyBuiltPage } from '../helpers/built-site.ts';
import { contextFor, describeViewing, viewings, type Viewing } from '../helpers/viewings.ts';

const session = builtSiteInChromium();
/** One tab per viewing, reused for every page. */
let tabs: { viewing: Viewing; page: Page }[];

beforeAll(async () => {
	tabs = await Promise.all(
		viewings.map(async (viewing) => {
			const context = await contextFor(session.browser, viewing);
			await addAxe(context);
			return { viewing, page: await context.newPage() };
		}),
	);
});

/** What axe-core finds on one page in one viewing, as lines for the CI log; empty when all is well. */
async function problemsOf(route: string, { viewing, page }: (typeof tabs)[number]): Promise<string[]> {
	const where = `${session.site.url}${route} (${describeViewing(viewing)})`;
	await page.goto(session.site.url + route);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	if (theme !== viewing.theme) return [`${where}: the page shows the ${theme} theme instead`];
	const violations = await wcagViolations(page);
	return violations.length === 0 ? [] : [`${where}:`, ...describeViolations(violations).map((line) => `  ${line}`)];
}

describe('every page meets WCAG 2.1 AA (axe-core) in the light and dark theme, 320 px and 1280 px wide', () => {
	// One page at a time, its four viewings side by side: enough to keep two cores busy.
	test.each(everyBuiltPage())('%s', async (route) => {
		const problems = (await Promise.all(tabs.map((tab) => problemsOf(route, tab)))).flat();
		expect(problems).toEqual([]);
	});
});
