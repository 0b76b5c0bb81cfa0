import { existsSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEditions, type Edition } from '../../src/lib/edition.ts';
import { shippedContent } from '../helpers/content-fixture.ts';
import { samePageIn } from '../../src/lib/edition-links.ts';
import { inHandreiking } from '../../src/lib/handreiking.ts';
import { formatDate } from '../../src/lib/interpretations.ts';
import { paths, sitePaths } from '../../src/lib/paths.ts';
import { readEditionContent } from '../../src/lib/versions/edition-content.ts';
import { builtFile, readPage, textOf } from '../helpers/built-site.ts';

/** The working version and every published version (0.1 among them), as the build placed them. */
const editions = readEditions(shippedContent);

test('the handbook has a published version 0.1 and a working version, each with a handreiking', () => {
	expect(editions.map((edition) => edition.id)).toEqual(expect.arrayContaining(['0.1', 'werkversie']));
});

describe.each(editions.map((edition) => [edition.name, edition] as const))('the handreiking of %s', (_, edition: Edition) => {
	const route = samePageIn(edition, paths.handreiking);
	const page = () => readPage(route);
	const content = readEditionContent(edition);
	const text = () => textOf(page().querySelector('main'));

	test('is one page, headed with the version, its label and its date', () => {
		const heading = textOf(page().querySelector('.handreiking__edition'));
		if (edition.published) {
			expect(heading).toContain(edition.name);
			if (edition.label) expect(heading).toContain(edition.label);
			expect(heading).toContain(`gepubliceerd op ${formatDate(edition.date)}`);
		} else {
			expect(heading).toContain('Werkversie · nog niet gepubliceerd');
		}
	});

	test('holds every rule and work agreement in reading order, each listed in the table of contents', () => {
		const blocks = [...page().querySelectorAll('.handreiking-norm h3')].map((heading) => heading.id);
		const contents = [...page().querySelectorAll('.handreiking__contents a')].map((link) => link.getAttribute('href'));
		const rules = [...content.themes].sort((a, b) => a.data.number - b.data.number).flatMap((theme) => content.rules.filter((rule) => rule.data.theme === theme.id).sort((a, b) => a.data.number - b.data.number));
		expect(blocks.slice(0, rules.length)).toEqual(rules.map((rule) => rule.id));
		expect(blocks.toSorted()).toEqual([...content.rules, ...content.agreements].map((entry) => entry.id).toSorted());
		for (const id of blocks) expect(contents).toContain(`#${id}`);
	});

	test('holds what real teams adopted, and no proposal or invented example, and says it leaves those out', () => {
		const shown = content.interpretations.filter(inHandreiking).map((interpretation) => interpretation.data.title);
		const leftOut = content.interpretations.filter((interpretation) => !inHandreiking(interpretation));
		expect(leftOut.length, 'the edition has examples or proposals to leave out').toBeGreaterThan(0);
		const cards = [...page().querySelectorAll('.handreiking-interpretation .interpretation__title')].map(textOf);
		expect(cards.toSorted()).toEqual(shown.toSorted());
		for (const interpretation of leftOut) expect(text()).not.toContain(interpretation.data.title);
		expect(textOf(page().querySelector('.handreiking__left-out'))).toMatch(/Voorstellen, afspraken die nog in gesprek of vervallen zijn, en verzonnen voorbeelden laten we weg/);
	});

	test('ends with the glossary, every term with its explanation, and the help page', () => {
		const terms = [...page().querySelectorAll('.handreiking__glossary dt')].map(textOf);
		expect(terms.length).toBeGreaterThan(20);
		expect(page().querySelector('#hulp')).not.toBeNull();
		// The help page's own sections and its sources, after the handreiking's heading for it.
		expect([...page().querySelectorAll('section[aria-labelledby="hulp"] h2')].map(textOf)).toEqual(expect.arrayContaining(['Wie kan jou helpen?', 'Bronnen']));
	});

	test('links a glossary term to its explanation within the document', () => {
		const anchors = new Set([...page().querySelectorAll('.handreiking__glossary dt')].map((term) => `#${term.id}`));
		for (const link of page().querySelectorAll('a.term-link')) expect(anchors).toContain(link.getAttribute('href'));
	});

	test('is built as a PDF named with the version, linked from the page and from the list of versions', () => {
		const pdf = builtFile(samePageIn(edition, paths.handreikingPdf(edition.id)));
		expect(pdf).toMatch(new RegExp(`handreiking-sociale-norm-${edition.id.replace('.', '\\.')}\\.pdf$`));
		expect(existsSync(pdf) && statSync(pdf).size).toBeGreaterThan(10_000);
		expect(page().querySelector(`a[href="${samePageIn(edition, paths.handreikingPdf(edition.id))}"]`)).not.toBeNull();
		const versions = readPage(sitePaths.versions);
		expect(versions.querySelector(`a[href="${route}"]`)).not.toBeNull();
		expect(versions.querySelector(`a[href="${samePageIn(edition, paths.handreikingPdf(edition.id))}"]`)).not.toBeNull();
	});
});
