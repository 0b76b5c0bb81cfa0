import { describe, expect, test } from 'vitest';
import { checkEntry } from '../../src/lib/content/check-entry.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { parseEntrySource } from '../../src/lib/content/parse-entry-source.ts';
import { paths } from '../../src/lib/paths.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const rules = [...handbook!.rules.values()];
const agreements = [...handbook!.agreements.values()];

describe('where a team finds how to propose a wording', () => {
	test('every rule and agreement page links to the proposal form with itself chosen', () => {
		const linkOf = (route: string) => [...readPage(route).querySelectorAll('main a')].find((a) => textOf(a) === 'Stel een formulering voor')?.getAttribute('href');
		expect(rules.map((rule) => linkOf(paths.rule(rule.data.theme, rule.id)))).toEqual(rules.map((rule) => `/voorstellen/?regel=${rule.id}`));
		expect(agreements.map((agreement) => linkOf(paths.agreement(agreement.id)))).toEqual(agreements.map((agreement) => `/voorstellen/?afspraak=${agreement.id}`));
	});

	test('the form offers every rule and agreement once, grouped by theme and by kind of agreement', () => {
		const select = readPage(paths.propose).querySelector('#voorstel-target')!;
		const values = [...select.querySelectorAll('option')].map((option) => option.getAttribute('value')).filter(Boolean);
		expect(values.toSorted()).toEqual([...rules.map((rule) => `rule:${rule.id}`), ...agreements.map((agreement) => `agreement:${agreement.id}`)].toSorted());
		const groups = [...select.querySelectorAll('optgroup')].map((group) => group.getAttribute('label'));
		expect(groups).toEqual(expect.arrayContaining(['Gedragscode: Omgaan met anderen', 'Hybride werken: Normen van WPI', 'Hybride werken: Stedelijke richtlijnen']));
		expect(groups).not.toContain('Gedragscode: Tegengaan van corruptie');
	});

	test('the template to copy is the text of an empty proposal file', () => {
		const template = readPage(paths.propose).querySelector('.proposal-template')!.textContent!;
		const { source, errors } = parseEntrySource(template, 'mdx', 'sjabloon.mdx');
		expect(errors).toEqual([]);
		expect(Object.keys(source!.data)).toEqual(['title', 'rule', 'team', 'level', 'status', 'date', 'do', 'dont', 'dilemmas']);
		expect(source!.data.status).toBe('voorstel');
		expect(source!.body).toContain('<Voorbeeld>');
	});

	test('the template’s own words are what the check refuses, until a team replaces every one of them', () => {
		const template = readPage(paths.propose).querySelector('.proposal-template')!.textContent!;
		const filledIn = template.replace('id-van-de-regel', 'respectvol-omgaan').replace('JJJJ-MM-DD', '2026-12-03');
		const { errors } = checkEntry('interpretations', filledIn, 'interpretations/respectvol-omgaan/team-zuid-toon.mdx');
		expect(errors.map((error) => error.field ?? 'de tekst')).toEqual(['title', 'team', 'do, punt 1', 'dont, punt 1', 'dilemmas, punt 1', 'de tekst', 'de tekst']);
		expect(errors.every((error) => error.message.startsWith('staat nog zoals in het sjabloon'))).toBe(true);
	});
});

describe('who adopts a proposal', () => {
	// The shipped organisation.yaml leaves the procedure unset (tests/content-check/organisation-settings.test.ts).
	test.each([paths.propose, paths.about])('%s says plainly that it is not settled yet, and states no procedure of its own', (route) => {
		const procedure = readPage(route).querySelector('.proposal-procedure');
		expect(textOf(procedure)).toBe('Wie een voorgestelde formulering vaststelt, en welke weg een voorstel daarvoor aflegt, is nog niet besloten. Zodra dat besloten is, staat het hier.');
	});

	test('the about page’s section on proposing leads to the form and to input without a name, and names no body that adopts', () => {
		const section: Element[] = [];
		for (let element = readPage(paths.about).getElementById('zelf-een-afspraak-voorstellen')!.nextElementSibling; element && element.tagName !== 'H2'; element = element.nextElementSibling) {
			section.push(element);
		}
		const links = section.flatMap((element) => [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')));
		expect(links).toEqual(expect.arrayContaining([paths.propose, paths.proposeWithoutName]));
		expect(section.map(textOf).join(' ')).not.toMatch(/kerngroep|directieteam|projectleider/i);
	});
});
