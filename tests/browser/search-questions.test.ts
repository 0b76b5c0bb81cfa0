import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { editionNamed, readEditions } from '../../src/lib/edition.ts';
import { fictitiousLabel, searchTexts } from '../../src/lib/labels.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { questionWithoutFullAnswer, searchQuestions } from '../helpers/search-questions.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * The questions employees type (tests/helpers/search-questions.ts), typed into the real search box
 * of the working version: the version whose search words a maintainer edits, and which the next
 * published version shows. Each must put the page that answers it in the top three.
 */
const base = editionNamed(readEditions(shippedContent)).base;
const inEdition = (path: string) => `${base}${path.slice(1)}`;

const session = builtSiteInChromium();
let page: Page;

beforeAll(async () => {
	page = await session.browser.newPage();
	await page.goto(`${session.site.url}${inEdition('/gedragscode/')}`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
});

interface Shown {
	links: string[];
	kinds: string[];
	/** The line under the count that says why these pages were found, if any. */
	why: string;
}

/** What the search box shows for `query` once it has settled on it: the results' pages and kinds. */
async function shownFor(query: string): Promise<Shown> {
	const count = page.locator('[data-search-message] strong');
	await expect.poll(() => count.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`voor ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	const results = page.locator('.search-result');
	return {
		links: await results.locator('.search-result__link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
		kinds: await results.evaluateAll((items) => items.map((item) => item.querySelector('.search-result__kind')?.textContent ?? '')),
		why: (await page.locator('.search-box__why').allTextContents())[0] ?? '',
	};
}

/**
 * Puts `query` in the search box at once, as pasting it would: this file is about what search
 * finds. Typing key by key, with the box's pause between keystrokes, is tested in search.test.ts,
 * keyboard.test.ts and search-on-a-phone.test.ts; here it cost some 15 s over the questions.
 */
async function type(query: string) {
	await page.locator('[data-search-input]').fill(query);
}

/**
 * Enters `query` and returns what shows once `expected` is in the top three. Until the box's pause
 * after the input has passed, the results of the question before may still show; a reader sees
 * the answer a moment later, and so does this test. A wrong answer that stays on screen still fails.
 */
async function topThreeHolds(query: string, expected: string): Promise<Shown> {
	await type(query);
	let shown: Shown = { links: [], kinds: [], why: '' };
	try {
		await expect.poll(async () => (shown = await shownFor(query)).links.slice(0, 3), { timeout: 15_000 }).toContain(expected);
	} catch {
		throw new Error(`"${query}" shows ${shown.links.slice(0, 3).join(', ') || 'nothing'} on top, not ${expected}`);
	}
	return shown;
}

describe('search answers what employees type', () => {
	test('the list holds at least 50 questions', () => {
		expect(new Set(searchQuestions.map(([query]) => query)).size).toBeGreaterThanOrEqual(50);
	});

	test.each(searchQuestions)('"%s" finds %s in the top three, and no invented example above a real page', async (query, expected) => {
		const { kinds } = await topThreeHolds(query, inEdition(expected));
		const examples = kinds.map((kind) => kind === fictitiousLabel);
		const firstExample = examples.indexOf(true);
		if (firstExample >= 0) expect(examples.slice(firstExample), kinds.join(', ')).not.toContain(false);
		// Nothing runs into the words beside it in an excerpt ("VastgesteldVerzonnen", "VanTeam").
		const excerpts = await page.locator('.search-result__excerpt').allTextContents();
		expect(excerpts.filter((excerpt) => /\p{Ll}\p{Lu}/u.test(excerpt))).toEqual([]);
	});

	test('a question no page answers with every word still finds pages, and says why', async () => {
		await type(questionWithoutFullAnswer);
		await expect.poll(async () => (await shownFor(questionWithoutFullAnswer)).why, { timeout: 15_000 }).toBe(searchTexts.mostWords);
		const { links } = await shownFor(questionWithoutFullAnswer);
		expect(links.length).toBeGreaterThan(0);
		expect(links.slice(0, 3)).toContain(inEdition('/als-een-norm-wordt-overschreden/'));
	});
});
