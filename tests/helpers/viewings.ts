import type { Browser, BrowserContext } from 'playwright-core';

/** How a reader views the site: Starlight's light or dark theme, on a narrow phone or a desktop. */
export interface Viewing {
	theme: 'light' | 'dark';
	width: number;
}

export const viewings: Viewing[] = [
	{ theme: 'light', width: 320 },
	{ theme: 'dark', width: 320 },
	{ theme: 'light', width: 1280 },
	{ theme: 'dark', width: 1280 },
];

/** The viewings grouped by page width, each group in the order the themes are checked. */
export const viewingsByWidth: Viewing[][] = [...new Set(viewings.map(({ width }) => width))].map((width) => viewings.filter((viewing) => viewing.width === width));

export const describeViewing = ({ theme, width }: Viewing) => `${theme} theme, ${width} px wide`;

/**
 * A browser context that shows every page in one viewing. The theme is chosen the way a reader
 * chooses it: Starlight keeps the choice in localStorage and applies it before the page paints.
 */
export async function contextFor(browser: Browser, { theme, width }: Viewing): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	await context.addInitScript(`localStorage.setItem('starlight-theme', ${JSON.stringify(theme)})`);
	return context;
}
