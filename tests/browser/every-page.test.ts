import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chromiumFlagsForAxe, viewingTabs, wcagProblemsInEachTheme } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { everyBuiltPage } from '../helpers/built-site.ts';
import type { Viewing } from '../helpers/viewings.ts';

/**
 * The gates every built page passes in a real browser, in one visit per page and width: WCAG 2.1 AA
 * (axe-core) in the light and the dark theme, and privacy (nothing asked of another server, no
 * cookie). Searching, which loads more, is checked for privacy in privacy.test.ts.
 */
const session = builtSiteInChromium(undefined, chromiumFlagsForAxe);
/** One tab per width (the axe checks' own, `viewingTabs`), reused for every page; it opens pages in the first theme. */
let tabs: { themes: Viewing[]; page: Page; elsewhere: string[] }[];

beforeAll(async () => {
	const { host } = new URL(session.site.url);
	tabs = (await viewingTabs(session.browser)).map(({ themes, page }) => {
		// Every request of the tab passes here; one to another host is noted with the page that made it.
		const elsewhere: string[] = [];
		page.context().on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol.startsWith('http') && url.host !== host) elsewhere.push(`${url.origin}${url.pathname}`);
		});
		return { themes, page, elsewhere };
	});
});

/** One page at one width, in every theme (loaded once, then each theme chosen in turn), and what it asked of other servers or kept in a cookie. */
async function problemsAt(route: string, { themes, page, elsewhere }: (typeof tabs)[number]) {
	elsewhere.length = 0;
	await page.goto(session.site.url + route);
	const accessibility = await wcagProblemsInEachTheme(page, session.site.url + route, themes);
	const cookie = await page.evaluate(() => document.cookie);
	const privacy = [...elsewhere.map((url) => `${route} (${themes[0]!.width} px) → ${url}`), ...(cookie ? [`${route}: cookie ${cookie}`] : [])];
	return { accessibility, privacy };
}

describe('every page meets WCAG 2.1 AA (axe-core) in the light and dark theme, 320 px and 1280 px wide, and asks nothing of another server and sets no cookie', () => {
	// One page at a time, its two widths side by side: enough to keep two cores busy.
	test.each(everyBuiltPage())('%s', async (route) => {
		const found = await Promise.all(tabs.map((tab) => problemsAt(route, tab)));
		expect({ accessibility: found.flatMap((at) => at.accessibility), privacy: found.flatMap((at) => at.privacy) }).toEqual({ accessibility: [], privacy: [] });
	});
});
