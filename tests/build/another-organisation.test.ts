import { cpSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { everyBuiltPage, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';

/**
 * The shipped content (with its published version) in the handbook of another directorate, which
 * set its own public address (`site`): nothing of WPI around the content, and the conversation cards
 * on paper, whose QR codes and short addresses need that address. One build for both.
 */
const otherOrganisation = join(import.meta.dirname, '..', 'fixtures', 'other-organisation.yaml');
const site = 'https://handboek.example.nl/';
const wpi = /WPI|Amsterdam/;

let other: ReturnType<typeof buildVariant>;
beforeAll(() => {
	other = buildVariant((content) => {
		cpSync(otherOrganisation, join(content, 'organisation.yaml'));
		setYamlLine(join(content, 'organisation.yaml'), 'site', site);
	});
});
afterAll(() => other?.remove());
const session = builtSiteInChromium(() => other.outDir);

/** Titles of entries: content, which may name the directorate, even where the sidebar or pagination shows it. */
function contentTitles(pages: Document[]): string[] {
	const { handbook } = loadHandbook(shippedContent);
	const titled = [handbook!.themes, handbook!.rules, handbook!.topics, handbook!.agreements, handbook!.interpretations].flatMap((entries) =>
		[...entries.values()].map((entry) => entry.data.title),
	);
	const terms = [...handbook!.terms.values()].map((term) => term.data.term);
	const headings = pages.map((page) => textOf(page.querySelector('h1')));
	return [...new Set([...titled, ...terms, ...headings])].filter(Boolean).sort((a, b) => b.length - a.length);
}

test('another directorate builds its own handbook from the same code, with nothing of WPI or Amsterdam around the content', () => {
	const pages = new Map(everyBuiltPage(other.outDir).map((route) => [route, readPage(route, other.outDir)]));
	const titles = contentTitles([...pages.values()]);
	const withoutTitles = (text: string) => titles.reduce((rest, title) => rest.replaceAll(title, ' '), text);
	// Descriptions the code writes; other pages describe themselves with their own content.
	const codeDescribed = new Set([paths.agreements, paths.glossary, paths.interpretations, '/404.html', ...[...pages.keys()].filter((route) => /^\/gedragscode\/[^/]+\/$/.test(route))]);

	const found = [...pages].flatMap(([route, page]) => {
		const meta = (name: string) => page.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content') ?? '';
		const chrome: Record<string, string> = {
			header: textOf(page.querySelector('header.header')),
			sidebar: withoutTitles(textOf(page.querySelector('nav.sidebar'))),
			footer: withoutTitles([...page.querySelectorAll('main footer, .handbook-footer')].map(textOf).join(' ')),
			'title suffix': textOf(page.querySelector('title')).split(' | ').slice(1).join(' | '),
			'site name': meta('og:site_name'),
			'search (with its texts for Pagefind)': page.querySelector('handbook-search')?.outerHTML ?? '',
			...(codeDescribed.has(route) ? { description: meta('description'), 'og:description': meta('og:description') } : {}),
		};
		return Object.entries(chrome)
			.filter(([, text]) => wpi.test(text))
			.map(([part, text]) => `${route} ${part}: …${text.slice(Math.max(0, text.search(wpi) - 40), text.search(wpi) + 40)}…`);
	});
	expect(found).toEqual([]);
});

test('the other directorate’s own name, roles and contact route are where WPI’s were', () => {
	const agreements = readPage(paths.agreements, other.outDir);
	expect(textOf(agreements.querySelector('header.header'))).toContain('Samen Goed Werken');
	expect(textOf(agreements.querySelector('title'))).toBe('Werkafspraken | Samen Goed Werken');
	expect(textOf(agreements.querySelector('nav.sidebar'))).toContain('Normen van ZSB');
	expect(agreements.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('ZSB');
	const statement = readPage(paths.accessibility, other.outDir);
	expect(textOf(statement.querySelector('main'))).toContain('Meld het bij: Coördinator cultuur (ZSB).');
	expect(statement.querySelector('main a[href="https://intranet.voorbeeldstad.example/cultuur"]')).not.toBeNull();
	const licence = agreements.querySelector('.handbook-footer .content-licence a[rel="license"]');
	expect(textOf(licence)).toBe('CC BY 4.0');
	expect(licence?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.nl');
});

test('with a route set for a role around the line, the help page opens with it under "Direct hulp"; the role still unset offers only what lies outside the line', () => {
	// Both editions carry today's settings; the working version's page has the block at its top.
	const page = readPage(`/werkversie${paths.normCrossed}`, other.outDir).querySelector('main')!;
	const block = page.querySelector('.direct-help');
	expect(textOf(block?.querySelector('h2'))).toBe('Direct hulp');
	expect(textOf(page.querySelector('.sl-markdown-content h2')), 'the first heading of the page').toBe('Direct hulp');
	expect([...block!.querySelectorAll('h3')].map(textOf)).toEqual(['Meldpunt integriteit', 'Coördinator cultuur']);
	expect(block!.querySelector('a[href="mailto:meldpunt@voorbeeldstad.example"]')).not.toBeNull();
	for (const base of ['', '/werkversie']) {
		const main = readPage(`${base}${paths.normCrossed}`, other.outDir).querySelector('main')!;
		const unset = [...main.querySelectorAll('.help-role')].find((card) => textOf(card.querySelector('h3')) === 'Vertrouwenspersoon')!;
		expect(unset.hasAttribute('data-bypasses-line')).toBe(true);
		expect([...unset.querySelectorAll('.help-role__meanwhile a')].map(textOf)).toEqual(['Meldpunt integriteit']);
		expect(textOf(unset.querySelector('.help-role__missing'))).not.toMatch(/leidinggevende/i);
		const reached = [...main.querySelectorAll('.help-role')].find((card) => textOf(card.querySelector('h3')) === 'Meldpunt integriteit' && !card.closest('.direct-help'))!;
		expect(reached.querySelector('.help-role__missing')).toBeNull();
		expect(reached.querySelector('a[href="mailto:meldpunt@voorbeeldstad.example"]')).not.toBeNull();
	}
});

// Conversation cards on paper, in the working version: the version a team's session prepares for,
// whose rules have the questions to talk about (version 0.1's have none yet).
const working = '/werkversie';
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
		await page.goto(session.site.url + working + paths.themeCards('omgaan-met-anderen'));
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
		expect(squeezed(first!)).toContain(squeezed('handboek.example.nl/werkversie/kaarten/respectvol-omgaan'));
		expect(sheets.join(' ')).not.toMatch(/Zoeken|Ga naar inhoud|Alle thema’s|Toegankelijkheid/);
	});

	test('every card’s QR code opens the proposal form with its rule chosen', async () => {
		const decoded = Object.fromEntries(await Promise.all(cards.map(async ({ id }) => [id, await decodeQrCode(page, id)])));
		expect(decoded).toEqual(Object.fromEntries(cards.map(({ id }) => [id, `${site}werkversie/voorstellen/?regel=${id}`])));
	});
});

test('a work agreement’s card opens the form with that agreement chosen, and its own page prints as one A5 card', async () => {
	const page = await session.browser.newPage();
	try {
		await page.goto(session.site.url + working + paths.conversationCard('samen-op-kantoor'));
		await page.emulateMedia({ media: 'print' });
		expect(await decodeQrCode(page, 'samen-op-kantoor')).toBe(`${site}werkversie/voorstellen/?afspraak=samen-op-kantoor`);
		const sheets = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
		expect(sheets).toHaveLength(1);
		expect(sheets[0]).toContain('Samen op kantoor');
	} finally {
		await page.close();
	}
});

test('a card with its QR code meets WCAG 2.1 AA (axe-core), light and dark, 320 and 1280 px wide', async () => {
	const route = working + paths.conversationCard('niet-pesten');
	expect(await wcagProblemsInEveryViewing(session.browser, session.site.url + route, route)).toEqual([]);
});
