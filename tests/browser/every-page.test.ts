import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { addAxe, describeViolations, wcagViolations } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { everyBuiltPage } from '../helpers/built-site.ts';
import { contextFor, describeViewing, viewings, type Viewing } from '../helpers/viewings.ts';

/**
 * The gates every built page passes in a real browser, in one visit per page and width: WCAG 2.1 AA
 * (axe-core) in the light and the dark theme, and privacy (nothing asked of another server, no
 * cookie). Searching, which loads more, is checked for privacy in privacy.test.ts.
 */
const session = builtSiteInChromium();
/** The page widths of the viewings; each page is loaded once per width and checked in every theme there. */
const widths = [...new Set(viewings.map(({ width }) => width))];
/** One tab per width, reused for every page; it opens pages in the first theme. */
let tabs: { width: number; page: Page; elsewhere: string[] }[];

beforeAll(async () => {
	const { host } = new URL(session.site.url);
	tabs = await Promise.all(
		widths.map(async (width) => {
			const context = await contextFor(session.browser, viewings.find((viewing) => viewing.width === width)!);
			await addAxe(context);
			const page = await context.newPage();
			// Every request of the tab passes here; one to another host is noted with the page that made it.
			const elsewhere: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol.startsWith('http') && url.host !== host) elsewhere.push(`${url.origin}${url.pathname}`);
			});
			return { width, page, elsewhere };
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

/**
 * What axe-core finds on one page in one viewing, as lines for the CI log; empty when all is well.
 * After the first theme only what a change of theme can change is checked again (`wcagViolations`).
 */
async function accessibilityProblems(route: string, page: Page, viewing: Viewing, first: boolean): Promise<string[]> {
	const where = `${session.site.url}${route} (${describeViewing(viewing)})`;
	await chooseTheme(page, viewing.theme);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	if (theme !== viewing.theme) return [`${where}: the page shows the ${theme} theme instead`];
	const violations = await wcagViolations(page, { darkAfterLight: !first && viewing.theme === 'dark' });
	return violations.length === 0 ? [] : [`${where}:`, ...describeViolations(violations).map((line) => `  ${line}`)];
}

/** One page at one width, in every theme (loaded once, then each theme chosen in turn), and what it asked of other servers or kept in a cookie. */
async function problemsAt(route: string, { width, page, elsewhere }: (typeof tabs)[number]) {
	elsewhere.length = 0;
	await page.goto(session.site.url + route);
	const accessibility: string[] = [];
	const here = viewings.filter((viewing) => viewing.width === width);
	for (const viewing of here) accessibility.push(...(await accessibilityProblems(route, page, viewing, viewing === here[0])));
	const cookie = await page.evaluate(() => document.cookie);
	const privacy = [...elsewhere.map((url) => `${route} (${width} px) → ${url}`), ...(cookie ? [`${route}: cookie ${cookie}`] : [])];
	return { accessibility, privacy };
}

describe('every page meets WCAG 2.1 AA (axe-core) in the light and dark theme, 320 px and 1280 px wide, and asks nothing of another server and sets no cookie', () => {
	// One page at a time, its two widths side by side: enough to keep two cores busy.
	test.each(everyBuiltPage())('%s', async (route) => {
		const found = await Promise.all(tabs.map((tab) => problemsAt(route, tab)));
		expect({ accessibility: found.flatMap((at) => at.accessibility), privacy: found.flatMap((at) => at.privacy) }).toEqual({ accessibility: [], privacy: [] });
	});
});
