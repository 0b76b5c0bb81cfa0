import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contextFor, describeViewing, viewings } from './viewings.ts';

/** WCAG 2.1 level A and AA: what Dutch government sites must meet. */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
	rule: string;
	help: string;
	targets: string[];
}

/**
 * Makes axe-core available in every page the context opens. An init script is compiled once and
 * reused; injecting axe into each page after it loads took twice as long over all pages.
 */
export async function addAxe(context: BrowserContext) {
	await context.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
}

/** Runs axe-core in the page as it is now and returns what breaks WCAG 2.1 AA, with the elements concerned. */
export async function wcagViolations(page: Page): Promise<Violation[]> {
	// Passed as text: the test runner would otherwise rewrite the code for Node.
	return page.evaluate(`(async () => {
		const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcag21aa)} }, resultTypes: ['violations'] });
		return violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) }));
	})()`);
}

/** "label-content-name-mismatch (Elements must have…): button[data-open-modal], …" — one line per rule for the CI log. */
export function describeViolations(violations: Violation[]): string[] {
	return violations.map(({ rule, help, targets }) => `${rule} (${help}): ${targets.join(', ')}`);
}

/**
 * Opens a page in every viewing (light and dark, phone and desktop), lets `prepare` put it in the
 * state to check (folds opened), and returns what axe-core finds, one line per rule, under a line
 * naming the page and viewing. Empty when the page meets WCAG 2.1 AA everywhere.
 */
export async function wcagProblemsInEveryViewing(browser: Browser, url: string, name: string, prepare: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
	const problems: string[] = [];
	for (const viewing of viewings) {
		const context = await contextFor(browser, viewing);
		await addAxe(context);
		const page = await context.newPage();
		await page.goto(url);
		await prepare(page);
		const violations = await wcagViolations(page);
		if (violations.length > 0) problems.push(`${name} (${describeViewing(viewing)}):`, ...describeViolations(violations));
		await context.close();
	}
	return problems;
}
