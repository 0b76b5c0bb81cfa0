import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

const session = builtSiteInChromium();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
	context = await session.browser.newContext();
	page = await context.newPage();
	return () => context.close();
});

/** Long, passive and full of words from content/jargon.yaml: what a policy note would say. */
const policySentence =
	'In het kader van de implementatie wordt door de teams onvoldoende gefaciliteerd dat medewerkers incidenten tijdig signaleren en bespreekbaar maken binnen de bestaande kaders.';

/** What a team on the work floor would write. */
const plainWording =
	'We groeten elkaar als we binnenkomen. Ook op een drukke dag zeggen we goedemorgen. Zit iemand aan de telefoon? Dan zwaaien we even. ' +
	'In de chat beginnen we een vraag met een groet. We houden berichten kort en vriendelijk.';

const wording = () => page.locator('#voorstel-wording');
const advice = () => page.locator('[data-plain-language="voorstel-wording"]');
const summary = () => advice().getByRole('status');

/** Types as a person does, key by key. */
const typeWording = (text: string) => wording().pressSequentially(text, { delay: 5 });

describe('the advice on plain Dutch beside the wording', () => {
	test('a long, passive sentence full of jargon gets its level and what to change, once typing pauses', async () => {
		await page.goto(`${session.site.url}${paths.propose}`);
		await typeWording(policySentence);
		await expect.poll(() => summary().textContent(), { timeout: 10_000 }).toMatch(/^Schrijf verder: vanaf 30 woorden zie je hier het leesniveau\. \d+ tips hieronder\.$/);
		const sentence = advice().locator('[data-sentences] li').first();
		expect(await sentence.locator('q').textContent()).toBe(policySentence);
		const tips = (await sentence.textContent())!;
		expect(tips).toContain('lange zin: maak er twee zinnen van');
		expect(tips).toContain('lijdende vorm (wordt … gefaciliteerd): zeg wie het doet');
		expect(await advice().locator('[data-jargon-words] li').allTextContents()).toEqual(
			expect.arrayContaining(['„In het kader van”: liever bij, voor, over', '„gefaciliteerd”: liever mogelijk maken, helpen', '„kaders”: liever regels, grenzen, afspraken']),
		);

		await typeWording(' Daarom vragen we de organisatie om structureel te investeren in de randvoorwaarden voor een veilig leerklimaat.');
		await expect.poll(() => summary().textContent(), { timeout: 10_000 }).toMatch(/^Leesniveau C2 \(Flesch-Douma -?\d+\)\. Het doel is B1\. \d+ tips hieronder\.$/);
	});

	test('a plain text hears that it reaches B1, and the details give no tips', async () => {
		await page.goto(`${session.site.url}${paths.propose}`);
		await typeWording(plainWording);
		await expect.poll(() => summary().textContent(), { timeout: 10_000 }).toMatch(/^Leesniveau (A2|B1) \(Flesch-Douma \d+\)\. Dat haalt het doel, B1\. Geen tips\.$/);
		expect(await advice().locator('[data-jargon-heading]').isVisible()).toBe(false);
	});

	test('the live region is polite and changes when typing pauses, not with every key', async () => {
		await page.goto(`${session.site.url}${paths.propose}`);
		expect(await summary().getAttribute('role')).toBe('status');
		await page.evaluate(() => {
			const region = document.querySelector('[data-plain-language] [role="status"]')!;
			(window as unknown as { announced: string[] }).announced = [];
			new MutationObserver(() => (window as unknown as { announced: string[] }).announced.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
		});
		await typeWording(`${plainWording} ${policySentence}`);
		await expect.poll(() => summary().textContent(), { timeout: 10_000 }).toMatch(/^Leesniveau/);
		const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
		// About 280 keys typed without a pause: one announcement at the end, not one per key.
		expect(announced.length).toBeLessThanOrEqual(2);
	});

	test('the meter is loaded on the first keystroke, not with the page', async () => {
		const scripts: string[] = [];
		page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
		await page.goto(`${session.site.url}${paths.propose}`);
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((path) => path.includes('wording-advice'))).toEqual([]);
		await typeWording('We groeten elkaar.');
		await expect.poll(() => summary().textContent(), { timeout: 10_000 }).not.toBe('');
		expect(scripts.filter((path) => path.includes('wording-advice'))).toHaveLength(1);
	});

	test('with the advice shown the page still meets WCAG 2.1 AA, light and dark, on a phone and a desktop', async () => {
		const problems = await wcagProblemsInEveryViewing(session.browser, `${session.site.url}${paths.propose}`, paths.propose, async (viewed) => {
			await viewed.locator('#voorstel-wording').fill(`${plainWording} ${policySentence}`);
			await viewed.locator('[data-plain-language] [data-sentences] li').first().waitFor();
		});
		expect(problems).toEqual([]);
	});
});
