import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { searchKindLabels } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const interpretations = [...handbook!.interpretations.values()];

/** The rule or agreement page an interpretation belongs to, and the list of all its interpretations. */
function targetOf({ data }: (typeof interpretations)[number]) {
	if (data.agreement) return { page: paths.agreement(data.agreement), list: paths.agreementInterpretations(data.agreement) };
	const theme = handbook!.rules.get(data.rule!)!.data.theme;
	return { page: paths.rule(theme, data.rule!), list: paths.ruleInterpretations(theme, data.rule!) };
}

test('the overview of interpretations has a line for each rule or agreement with any, saying how many and linking to it and to all of them', () => {
	const page = readPage(paths.interpretations);
	expect(interpretations.length).toBeGreaterThan(0);
	const targets = Map.groupBy(interpretations, (interpretation) => targetOf(interpretation).page);
	const lines = [...page.querySelectorAll('[data-interpretation-line]')];
	expect(lines).toHaveLength(targets.size);
	for (const [href, items] of targets) {
		const line = lines.find((candidate) => candidate.querySelector(`a[href="${href}"]`));
		expect(line, href).toBeDefined();
		const list = line!.querySelector(`a[href="${targetOf(items[0]!).list}"]`);
		expect(textOf(list?.querySelector('[data-count]'))).toBe(`${items.length} ${items.length === 1 ? 'afspraak' : 'afspraken'}`);
	}
	expect(page.querySelector(`[data-pagefind-filter="soort:${searchKindLabels.interpretatie}"]`)).not.toBeNull();
});

test('the lists of all interpretations link every interpretation exactly once, under the rule or agreement it explains', () => {
	const lists = new Set(interpretations.map((interpretation) => targetOf(interpretation).list));
	const linked = [...lists].flatMap((list) => {
		const page = readPage(list);
		return [...page.querySelectorAll('main [data-interpretation] > a')].map((link) => ({ href: link.getAttribute('href'), list }));
	});
	expect(linked.map(({ href }) => href).sort()).toEqual(interpretations.map(({ id }) => paths.interpretation(id)).sort());
	for (const { href, list } of linked) expect(list, href!).toBe(targetOf(interpretations.find(({ id }) => paths.interpretation(id) === href)!).list);
});

test('"Over dit handboek" leads to the overview of interpretations and to the accessibility statement', () => {
	const about = readPage(paths.about);
	expect(about.querySelector(`main a[href="${paths.interpretations}"]`)).not.toBeNull();
	expect(about.querySelector(`main a[href="${paths.accessibility}"]`)).not.toBeNull();
	expect(textOf(readPage(paths.interpretations).querySelector('h1'))).toBe('Afspraken van teams en MT’s');
});

test('an invented example is named as one wherever it is counted: in the overview, and on a rule or agreement it is the only adopted wording of', () => {
	const overview = readPage(paths.interpretations);
	for (const [href, items] of Map.groupBy(interpretations, (interpretation) => targetOf(interpretation).page)) {
		const line = [...overview.querySelectorAll('[data-interpretation-line]')].find((candidate) => candidate.querySelector(`a[href="${href}"]`))!;
		const examples = items.filter((item) => item.data.fictitious).length;
		expect(textOf(line.querySelector('.interpretation-overview__statuses')).includes('verzonnen'), href).toBe(examples > 0);
		const adopted = items.filter((item) => item.data.status === 'vastgesteld');
		if (adopted.length > 0 && adopted.every((item) => item.data.fictitious)) {
			const notice = textOf(readPage(href).querySelector('.norm-interpretations .empty-state'));
			expect(notice, href).toMatch(/^Nog geen team of MT heeft een afspraak over deze (regel|werkafspraak) vastgesteld\. Wat hieronder als vastgesteld staat, is een verzonnen voorbeeld\.$/);
			// The theme's overview says the same of the rule: no adopted wording, but an example shown as adopted.
			const rule = items[0]!.data.rule && handbook!.rules.get(items[0]!.data.rule);
			if (rule) {
				const entry = [...readPage(paths.theme(rule.data.theme)).querySelectorAll('.rule-list > li')].find((li) => li.querySelector(`a[href="${href}"]`));
				expect(textOf(entry?.querySelector('.rule-list__count')), href).toMatch(/^Nog geen vastgestelde afspraak van een team of MT \(wel \d+ verzonnen voorbeeld(en)? als vastgesteld/);
			}
		}
	}
});
