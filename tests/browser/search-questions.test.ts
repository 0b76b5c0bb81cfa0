import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/routes.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

/**
 * What employees type, written from the review of the site as its readers use it: everyday words,
 * inflected forms and whole questions. Each must put the page that answers it in the top three,
 * typed into the real search box as a reader does.
 */
const rule = (theme: string, id: string) => paths.rule(theme, id);
const others = 'omgaan-met-anderen';
const compliance = 'naleving-van-de-gedragscode';
const equipment = rule('gebruik-van-bedrijfsmiddelen', 'geen-kwetsende-inhoud-met-bedrijfsmiddelen');

const questions: [query: string, page: string][] = [
	// Someone who was just hurt, or saw it happen.
	['wat doe ik als ik word gepest', paths.normCrossed],
	['ik word gepest', paths.normCrossed],
	['ik zie dat een collega wordt gepest', paths.normCrossed],
	['wie kan mij helpen', paths.normCrossed],
	['vertrouwenspersoon', paths.normCrossed],
	['melding maken', paths.normCrossed],
	['klacht indienen', paths.normCrossed],
	['melden', paths.normCrossed],
	// The rules of the code of conduct, in the words people use.
	['gepest', rule(others, 'niet-pesten')],
	['pesten op het werk', rule(others, 'niet-pesten')],
	['discriminatie', rule(others, 'geen-discriminatie')],
	['discrimineren', rule(others, 'geen-discriminatie')],
	['gediscrimineerd', rule(others, 'geen-discriminatie')],
	['seksuele intimidatie', rule(others, 'geen-seksuele-intimidatie')],
	['ongewenste intimiteiten', rule(others, 'geen-seksuele-intimidatie')],
	['uitgescholden', rule(others, 'geen-geweld')],
	['respect', rule(others, 'respectvol-omgaan')],
	['laptop', equipment],
	['laptop privé', equipment],
	['werktelefoon', equipment],
	['filmpje doorsturen in de groepsapp', equipment],
	['collega aanspreken op gedrag', rule(compliance, 'naleving-door-jezelf-en-anderen')],
	['vermoeden van een overtreding', rule(compliance, 'vermoeden-aan-de-orde-stellen')],
	['bureau integriteit', rule(compliance, 'melden-bij-bureau-integriteit')],
	// Hybrid work.
	['thuiswerken', paths.agreement('weinig-interactie-thuis')],
	['hoeveel dagen kantoor', paths.agreement('hybride-50-50')],
	['kantoordagen', paths.agreement('hybride-50-50')],
	['thuiswerkdag', paths.agreement('afspraken-spreiden-over-de-week')],
	['weekstart', paths.agreement('multidisciplinaire-weekstart-fysiek')],
	['videobellen met klant', paths.agreement('contact-met-amsterdammer-fysiek')],
	// Words of the shared language.
	['wat is inclusie', paths.term('inclusie')],
	['wat betekent diversiteit', paths.term('diversiteit')],
	['microagressie', paths.term('microagressie')],
	['buitengesloten', paths.term('uitsluiting')],
	['omstander', paths.term('omstander')],
	['racisme', paths.term('racisme')],
];

const examples = new Set(
	[...loadHandbook('content').handbook!.interpretations.values()].filter((i) => i.data.fictitious).map((i) => paths.interpretation(i.id)),
);

const session = builtSiteInChromium();
let page: Page;

beforeAll(async () => {
	page = await session.browser.newPage();
	await page.goto(`${session.site.url}${paths.codeOfConduct}`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
});

/** Types a query into the search box as a reader does. */
async function type(query: string) {
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.fill('');
	await input.pressSequentially(query);
}

/** The pages of the first three results shown for `query`, once their links have loaded. */
async function topThree(query: string): Promise<string[]> {
	const message = page.locator('.pagefind-ui__message');
	await expect.poll(() => message.textContent()).toMatch(new RegExp(`voor ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	const found = Number((await message.textContent())!.match(/^\d+/)?.[0] ?? 0);
	// Results fill in one by one after the count appears; read them once the first three have loaded.
	// Only each result's own title link; the sub-results below it link to headings of the same page.
	const links = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
	await expect.poll(() => links.evaluateAll((all) => all.slice(0, 3).filter((link) => link.getAttribute('href')).length)).toBe(Math.min(found, 3));
	return links.evaluateAll((all) => all.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * Types `query` and returns the top three once the search has settled. On a busy machine the keys
 * can arrive slower than Pagefind's pause between keystrokes, so the results of an earlier search
 * may show for a moment; a reader sees the answer a moment later, and so does this test. A wrong
 * answer that stays on screen still fails.
 */
async function settledTopThree(query: string, expected: string): Promise<string[]> {
	await type(query);
	let found: string[] = [];
	try {
		await expect.poll(async () => (found = await topThree(query)), { timeout: 5000 }).toContain(expected);
	} catch {
		throw new Error(`"${query}" shows ${found.join(', ') || 'nothing'} on top, not ${expected}`);
	}
	return found;
}

describe('search answers what employees type', () => {
	test('the table holds at least 30 questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(30);
	});

	test.each(questions)('"%s" finds %s in the top three, after no invented example', async (query, expected) => {
		const found = await settledTopThree(query, expected);
		expect(found.slice(0, found.indexOf(expected)).filter((route) => examples.has(route))).toEqual([]);
		// Labels and badges must not run into the words beside them ("VastgesteldFictief", "VanTeam").
		const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
		expect(excerpts.filter((excerpt) => /\p{Ll}\p{Lu}/u.test(excerpt))).toEqual([]);
	});
});
