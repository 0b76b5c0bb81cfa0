import { rmSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';

/**
 * Conversation cards on paper, in a handbook whose public address is set: the working version
 * alone (no published versions, so it is built once, at /), with `site` in organisation.yaml.
 */
const site = 'https://handboek.example.nl/';
let variant: ReturnType<typeof buildVariant>;
beforeAll(() => {
	variant = buildVariant((content) => {
		rmSync(join(content, 'versions'), { recursive: true, force: true });
		setYamlLine(join(content, 'organisation.yaml'), 'site', site);
	});
});
afterAll(() => variant?.remove());
const session = builtSiteInChromium(() => variant.outDir);

/** Compared without spaces: a PDF's text runs break lines where the screen does not. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Each card on the page as paper shows it: its id, and the text of each of its smallest blocks. */
async function cardsOnPaper(page: Page): Promise<{ id: string; blocks: string[] }[]> {
	await page.emulateMedia({ media: 'print' });
	return page.$$eval('[data-conversation-card]', (cards) =>
		cards.map((card) => ({
			id: (card as HTMLElement).dataset.conversationCard!,
			blocks: [...card.querySelectorAll('h2, h3, li, p, figcaption')]
				.filter((block) => !block.querySelector('li, p') && (block as HTMLElement).offsetParent !== null)
				.map((block) => (block as HTMLElement).innerText)
				.filter((text) => text.trim().length > 0),
		})),
	);
}

/** What the QR code on a card says, read from a screenshot of it as printed, the way a phone's camera reads it. */
async function decodeQrCode(page: Page, cardId: string): Promise<string | undefined> {
	const code = page.locator(`[data-conversation-card="${cardId}"] .qr-code`);
	const png = PNG.sync.read(await code.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('a theme’s set of conversation cards, printed to PDF in Chromium', () => {
	let page: Page;
	let cards: { id: string; blocks: string[] }[];
	let sheets: string[];
	beforeAll(async () => {
		page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(session.site.url + paths.themeCards('omgaan-met-anderen'));
		cards = await cardsOnPaper(page);
		sheets = await pdfPageTexts(await page.pdf({ format: 'A4' }));
	});
	afterAll(() => page?.close());

	test('every card sits whole on one sheet, two cards to an A4 sheet', () => {
		expect(cards.map(({ id }) => id)).toEqual(['respectvol-omgaan', 'geen-discriminatie', 'geen-geweld', 'niet-pesten', 'geen-seksuele-intimidatie']);
		expect(sheets).toHaveLength(Math.ceil(cards.length / 2));
		const split = cards.flatMap(({ id, blocks }) => {
			const sheet = sheets.findIndex((text) => squeezed(text).includes(squeezed(blocks[1]!)));
			const elsewhere = blocks.filter((block) => !squeezed(sheets[sheet] ?? '').includes(squeezed(block)));
			return elsewhere.length === 0 ? [] : [`${id}: not on sheet ${sheet + 1} with its title: ${elsewhere.join(' | ')}`];
		});
		expect(split).toEqual([]);
	});

	test('on paper a card has the text, its source, questions, lines to write on and its short address, and none of the site’s navigation', () => {
		const [first] = sheets;
		expect(first).toContain('Je gaat respectvol om met anderen, zowel binnen als buiten de organisatie, in woord, gebaar en geschrift.');
		expect(first).toMatch(/Bron: Uitvoeringsplan/);
		expect(first).toContain('Om over te praten');
		expect(first).toContain('Onze eigen woorden');
		expect(squeezed(first!)).toContain(squeezed('handboek.example.nl/kaarten/respectvol-omgaan'));
		expect(sheets.join(' ')).not.toMatch(/Zoeken|Ga naar inhoud|Alle thema’s|Toegankelijkheid/);
	});

	test('every card’s QR code opens the proposal form with its rule chosen', async () => {
		const decoded = Object.fromEntries(await Promise.all(cards.map(async ({ id }) => [id, await decodeQrCode(page, id)])));
		expect(decoded).toEqual(Object.fromEntries(cards.map(({ id }) => [id, `${site}voorstellen/?regel=${id}`])));
	});
});

test('a work agreement’s card opens the form with that agreement chosen, and its own page prints as one A5 card', async () => {
	const page = await session.browser.newPage();
	try {
		await page.goto(session.site.url + paths.conversationCard('samen-op-kantoor'));
		await page.emulateMedia({ media: 'print' });
		expect(await decodeQrCode(page, 'samen-op-kantoor')).toBe(`${site}voorstellen/?afspraak=samen-op-kantoor`);
		const sheets = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
		expect(sheets).toHaveLength(1);
		expect(sheets[0]).toContain('Samen op kantoor');
	} finally {
		await page.close();
	}
});

test('a card with its QR code meets WCAG 2.1 AA (axe-core), light and dark, 320 and 1280 px wide', async () => {
	const route = paths.conversationCard('niet-pesten');
	expect(await wcagProblemsInEveryViewing(session.browser, session.site.url + route, route)).toEqual([]);
});
