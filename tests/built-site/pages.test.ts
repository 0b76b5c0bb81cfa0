import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { readEditions } from '../../src/lib/edition.ts';
import { fictitiousLabel } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtRoutes, everyEditionsRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { brokenLinks } from '../helpers/site-links.ts';
import { firstParagraph, words } from '../helpers/words.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
/** A page of the working version, which shows the content as it is now (the edition at / may be an older published one). */
const working = readEditions(shippedContent).find((edition) => !edition.published)!;
const nowAt = (route: string) => `${working.base}${route.slice(1)}`;
const rules = [...handbook!.rules.values()];
const interpretations = [...handbook!.interpretations.values()];

describe('the built handbook', () => {
	test('every page is in Dutch', () => {
		const pages = builtRoutes();
		expect(pages.length).toBeGreaterThan(30);
		expect(pages.filter((route) => readPage(route).documentElement.getAttribute('lang') !== 'nl')).toEqual([]);
	});

	test.each(rules.map((rule) => [rule.id, rule] as const))('the page of rule %s shows its text verbatim and names its source', (_, rule) => {
		const page = readPage(paths.rule(rule.data.theme, rule.id));
		expect(textOf(page.querySelector('.official-text__quote'))).toBe(rule.data.text);
		expect(textOf(page.querySelector('.official-text .source-line'))).toContain('Uitvoeringsplan Pilot Cultuurtraject I&D WPI');
	});

	test('the code of conduct lists all seven themes; the four without rules say they are not yet worked out', () => {
		const page = readPage(paths.codeOfConduct);
		const items = [...page.querySelectorAll('.theme-list li')].map(textOf);
		expect(items).toHaveLength(7);
		expect(items.filter((item) => item.includes('Nog niet uitgewerkt'))).toHaveLength(4);
		expect(textOf(readPage(paths.theme('tegengaan-van-corruptie')).querySelector('main'))).toContain('Dit thema is nog niet uitgewerkt');
	});

	test('a theme page names the source of each rule beside that rule', () => {
		const theme = 'omgaan-met-anderen';
		const page = readPage(paths.theme(theme));
		const sources = [...page.querySelectorAll('.rule-list li')].map((li) => textOf(li.querySelector('.source-line')));
		const expected = rules.filter((r) => r.data.theme === theme).sort((a, b) => a.data.number - b.data.number).map((r) => r.data.source.section);
		expect(sources).toHaveLength(expected.length);
		sources.forEach((source, index) => expect(source).toContain(expected[index]));
	});

	test('a rule page shows adopted wording before proposals, and marks proposals as not yet adopted', () => {
		const ruleId = Object.entries(Object.groupBy(interpretations, (i) => i.data.rule ?? ''))
			.find(([id, list]) => id && list!.some((i) => i.data.status === 'vastgesteld') && list!.some((i) => i.data.status === 'voorstel'))?.[0];
		expect(ruleId, 'the shipped content has a rule with both adopted and proposed wording').toBeDefined();
		const rule = handbook!.rules.get(ruleId!)!;
		const page = readPage(paths.rule(rule.data.theme, rule.id));
		const statuses = [...page.querySelectorAll('.interpretation')].map((article) => article.getAttribute('data-status'));
		expect(statuses.indexOf('vastgesteld')).toBe(0);
		expect(statuses.lastIndexOf('vastgesteld')).toBeLessThan(statuses.indexOf('voorstel'));
		const proposals = page.querySelector('.norm-interpretations__open');
		expect(textOf(proposals?.querySelector('h3'))).toBe('Voorstellen, nog niet vastgesteld');
		expect(proposals?.querySelector('[data-status="voorstel"]')).not.toBeNull();
	});

	test('lapsed wording is only counted on its agreement’s page; the list of all its interpretations shows it under its own heading, last', () => {
		const agreement = [...handbook!.agreements.values()].find((a) =>
			interpretations.some((i) => i.data.agreement === a.id && i.data.status === 'vervallen'),
		);
		expect(agreement, 'the shipped content has an agreement with lapsed wording').toBeDefined();
		const page = readPage(paths.agreement(agreement!.id));
		expect(page.querySelector('.norm-interpretations [data-status="vervallen"]')).toBeNull();
		const count = page.querySelector('.norm-interpretations__count');
		expect(textOf(count)).toMatch(/Er is 1 vervallen afspraak; die staat alleen in de lijst\. Bekijk alle afspraken van teams en MT’s over deze werkafspraak\.$/);
		expect(count?.querySelector('a')?.getAttribute('href')).toBe(paths.agreementInterpretations(agreement!.id));
		const list = readPage(paths.agreementInterpretations(agreement!.id));
		const headings = [...list.querySelectorAll('main h2')].map(textOf);
		expect(headings.at(-1)).toBe('Vervallen');
		expect(list.querySelector('#vervallen')?.closest('section')?.querySelector('[data-status="vervallen"]')).not.toBeNull();
	});

	test.each([...handbook!.agreements.values()].map((agreement) => [agreement.id, agreement] as const))('the page of work agreement %s shows its title and text', (_, agreement) => {
		const main = words(textOf(readPage(nowAt(paths.agreement(agreement.id))).querySelector('main')));
		expect(main).toContain(words(agreement.data.title));
		expect(main).toContain(words(agreement.data.text));
	});

	test('every interpretation has its own page that says who agreed it, its status and that it is invented, with its wording, do’s, don’ts and dilemmas', () => {
		for (const { id, data, body } of interpretations) {
			const main = textOf(readPage(paths.interpretation(id)).querySelector('main'));
			expect(main).toContain(data.team);
			expect(main).toContain(data.title);
			if (data.fictitious) expect(main).toContain(fictitiousLabel);
			const text = words(textOf(readPage(nowAt(paths.interpretation(id))).querySelector('main')));
			for (const line of [firstParagraph(body), ...data.do, ...data.dont, ...data.dilemmas]) expect(text, `interpretation ${id}`).toContain(words(line));
		}
	});

	test('the hybrid-work page marks the three guidelines chosen for the trajectory', () => {
		const page = readPage(paths.agreements);
		const chosen = [...page.querySelectorAll('li')].filter((li) => textOf(li).includes('Gekozen voor het cultuurtraject')).map(textOf);
		expect(chosen).toHaveLength(3);
		expect(textOf(page.querySelector('main'))).toContain('Wat bereiken we hiermee?');
	});

	test('the work agreements page explains the reasoning behind each topic, from the topic itself', () => {
		const text = words(textOf(readPage(paths.agreements).querySelector('main')));
		for (const topic of handbook!.topics.values()) {
			expect(topic.body.trim(), `topic ${topic.id} explains its reasoning`).not.toBe('');
			expect(text).toContain(firstParagraph(topic.body));
		}
	});

	test('no page lists interpretations in its sidebar, so the sidebar stays small as they grow', () => {
		// One link to the overview of all interpretations is the menu's; a link to one interpretation is not.
		const sidebarsWithInterpretations = builtRoutes().filter((route) =>
			[...readPage(route).querySelectorAll('#starlight__sidebar a[href*="/interpretaties/"]')].some((a) => a.getAttribute('href') !== paths.interpretations),
		);
		expect(readPage(paths.glossary).querySelector(`#starlight__sidebar a[href="${paths.interpretations}"]`), 'the overview is in the menu').not.toBeNull();
		expect(sidebarsWithInterpretations).toEqual([]);
		const rule = rules[0]!;
		const sidebarLinks = [...readPage(paths.rule(rule.data.theme, rule.id)).querySelectorAll('#starlight__sidebar a')].map((a) => a.getAttribute('href'));
		expect(sidebarLinks).toEqual(expect.arrayContaining(rules.map((r) => paths.rule(r.data.theme, r.id))));
		expect(sidebarLinks.length).toBeLessThan(rules.length + handbook!.agreements.size + handbook!.themes.size + 10);
	});

	test('every link between pages, in every version, leads to a page that exists, and to the heading it names; so does every stylesheet, script and forward', () => {
		expect(everyEditionsRoutes().length).toBeGreaterThan(60);
		expect(brokenLinks()).toEqual([]);
	});

	test('no page loads scripts, styles or fonts from another server', () => {
		const external = builtRoutes().flatMap((route) =>
			[...readPage(route).querySelectorAll('script[src], link[href], img[src], iframe')]
				.map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
				.filter((url) => /^(https?:)?\/\//.test(url) && !/^https?:\/\/(www\.)?w3\.org/.test(url))
				.map((url) => `${route}: ${url}`),
		);
		expect(external).toEqual([]);
	});
});
