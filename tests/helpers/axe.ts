import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contextFor, describeViewing, viewingsByWidth, type Viewing } from './viewings.ts';

/** WCAG 2.1 level A and AA: what Dutch government sites must meet. */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
	rule: string;
	help: string;
	targets: string[];
}

/**
 * Chromium flags for a browser that runs axe-core on page after page: V8 without its optimising
 * compilers (Maglev, TurboFan), with its interpreter and baseline compiler only. Each page is a
 * fresh start for V8, and axe's runs on it are too short to pay back optimising its code again:
 * over 39 pages at two widths the renderers' CPU time fell from 48–49 s to 34–36 s and the time a
 * page from 0.85 to 0.75–0.78 s (two runs each, idle machine). What axe finds is the same: the
 * compilers change how fast the code runs, not what it does. Not for tests that time the page.
 */
export const chromiumFlagsForAxe = ['--js-flags=--no-turbofan --no-maglev'];

/**
 * Makes axe-core available in every page the context opens. An init script is compiled once and
 * reused; injecting axe into each page after it loads took twice as long over all pages.
 */
export async function addAxe(context: BrowserContext) {
	await context.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
}

/**
 * What changing the theme can change, so what a second theme needs checked again: Starlight's
 * themes are sets of colour variables, so the rules about colour, over the whole page; and the
 * elements Starlight shows in the dark theme only (its `light:sl-hidden` class), with every rule.
 */
export const afterThemeChange = { colourRules: ['color-contrast', 'link-in-text-block'], darkOnly: '.light\\:sl-hidden' };

/**
 * Runs axe-core in the page as it is now and returns what breaks WCAG 2.1 AA, with the elements
 * concerned: every rule, or with `darkAfterLight` (the page was checked in the light theme, then switched
 * to dark) what the switch can change (`afterThemeChange`).
 */
export async function wcagViolations(page: Page, { darkAfterLight = false } = {}): Promise<Violation[]> {
	// Passed as text: the test runner would otherwise rewrite the code for Node.
	return page.evaluate(`(async () => {
		const tags = { runOnly: { type: 'tag', values: ${JSON.stringify(wcag21aa)} }, resultTypes: ['violations'] };
		const runs = ${darkAfterLight}
			? [
					() => axe.run(document, { ...tags, runOnly: { type: 'rule', values: ${JSON.stringify(afterThemeChange.colourRules)} } }),
					...(document.querySelector(${JSON.stringify(afterThemeChange.darkOnly)}) ? [() => axe.run({ include: [${JSON.stringify(afterThemeChange.darkOnly)}] }, tags)] : []),
				]
			: [() => axe.run(document, tags)];
		const violations = [];
		// One after another: axe refuses to run while it runs.
		for (const run of runs) violations.push(...(await run()).violations);
		return violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) }));
	})()`);
}

/** "label-content-name-mismatch (Elements must have…): button[data-open-modal], …" — one line per rule for the CI log. */
export function describeViolations(violations: Violation[]): string[] {
	return violations.map(({ rule, help, targets }) => `${rule} (${help}): ${targets.join(', ')}`);
}

/**
 * Switches the theme as a reader does, with Starlight's own theme picker: its change handler sets
 * the theme on the page at once, without loading it again, so what `prepare` opened stays open.
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
 * What axe-core finds on the page open in `page`, in each viewing of its width in turn (the first
 * as the tab opened it, the others after `chooseTheme`): lines for the CI log under a line naming
 * the page and viewing, empty when all is well. After the first theme only what a change of theme
 * can change is checked again (`afterThemeChange`).
 */
export async function wcagProblemsInEachTheme(page: Page, name: string, themes: Viewing[]): Promise<string[]> {
	const problems: string[] = [];
	for (const [index, viewing] of themes.entries()) {
		const where = `${name} (${describeViewing(viewing)})`;
		await chooseTheme(page, viewing.theme);
		const theme = await page.evaluate(() => document.documentElement.dataset.theme);
		if (theme !== viewing.theme) {
			problems.push(`${where}: the page shows the ${theme} theme instead`);
			continue;
		}
		const violations = await wcagViolations(page, { darkAfterLight: index > 0 && viewing.theme === 'dark' });
		if (violations.length > 0) problems.push(`${where}:`, ...describeViolations(violations).map((line) => `  ${line}`));
	}
	return problems;
}

/**
 * One tab per width (phone and desktop) in each browser, made on the first check and reused by the
 * next ones of the same file: a fresh context and tab for each page and width cost some 0.75 s a
 * page (measured, idle machine: 1.7 s a page against 0.95 s). Each check loads its page anew, and
 * every load starts in the width's first theme (`contextFor`). Keyed by the browser, so a file's
 * tabs go with the browser it closes; DEVELOPING lists this cache with the others.
 */
const tabsOfBrowser = new WeakMap<Browser, Promise<{ themes: Viewing[]; page: Page }[]>>();
export function viewingTabs(browser: Browser) {
	let tabs = tabsOfBrowser.get(browser);
	if (!tabs) {
		tabs = Promise.all(
			viewingsByWidth.map(async (themes) => {
				const context: BrowserContext = await contextFor(browser, themes[0]!);
				await addAxe(context);
				return { themes, page: await context.newPage() };
			}),
		);
		tabsOfBrowser.set(browser, tabs);
	}
	return tabs;
}

/**
 * Opens a page once per width (phone and desktop), lets `prepare` put it in the state to check
 * (folds opened, a form filled in), checks it light and dark (`wcagProblemsInEachTheme`), and
 * returns what axe-core finds. Empty when the page meets WCAG 2.1 AA everywhere.
 */
export async function wcagProblemsInEveryViewing(browser: Browser, url: string, name: string, prepare: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
	const problems: string[] = [];
	for (const { themes, page } of await viewingTabs(browser)) {
		await page.goto(url);
		await prepare(page);
		problems.push(...(await wcagProblemsInEachTheme(page, name, themes)));
	}
	return problems;
}
