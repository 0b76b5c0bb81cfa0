import { describe, expect, test } from 'vitest';
import { handreikingOf, inHandreiking } from '../../src/lib/handreiking.ts';
import { glossaryOf, linkTerms } from '../../src/lib/term-links.ts';

/** A glossary as the handreiking makes it, each term linked to its place further on. */
const glossaryWith = (...terms: [id: string, term: string][]) => glossaryOf(terms.map(([id, term]) => ({ id, data: { term } })), (id) => `#begrip-${id}`);
const glossary = glossaryWith(['microagressie', 'Microagressie'], ['grensoverschrijdend-gedrag', 'Grensoverschrijdend gedrag'], ['gedrag', 'Gedrag']);
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="term-link">([^<]+)<\/a>/g)].map(([, href, words]) => `${href} ${words}`);

describe('glossary terms in a text of the handreiking', () => {
	test('a term used twice in one entry is linked once, where it is first used', () => {
		const html = linkTerms('<p>Een microagressie lijkt klein.</p><p>Microagressies stapelen zich op.</p>', glossary);
		expect(links(html)).toEqual(['#begrip-microagressie microagressie']);
		expect(html).toContain('<p>Microagressies stapelen zich op.</p>');
	});

	test('each entry links the term again: a reader of another entry meets the explanation too', () => {
		const first = linkTerms('<p>Een microagressie.</p>', glossary);
		const second = linkTerms('<p>Nog een microagressie.</p>', glossary);
		expect([...links(first), ...links(second)]).toHaveLength(2);
	});

	test('the texts of one entry (an agreement and its note) share their links', () => {
		const seen = new Set<string>();
		const text = linkTerms('<p>Microagressie op kantoor.</p>', glossary, seen);
		const note = linkTerms('<p>Over microagressie.</p>', glossary, seen);
		expect([...links(text), ...links(note)]).toEqual(['#begrip-microagressie Microagressie']);
	});

	test('a longer term wins over a shorter one inside it; a word inside another word, a link or a heading is left alone', () => {
		const html = linkTerms('<h3>Microagressie</h3><p>Een <a href="/x">microagressie</a> of grensoverschrijdend gedrag, geen gedragscode.</p>', glossary);
		expect(links(html)).toEqual(['#begrip-grensoverschrijdend-gedrag grensoverschrijdend gedrag']);
	});

	test('a term with a character HTML escapes is found in rendered HTML too', () => {
		const html = linkTerms('<p>Vraag het de kerngroep I&#x26;D of de Kerngroep I&amp;D.</p>', glossaryWith(['kerngroep-i-d', 'Kerngroep I&D']));
		expect(links(html)).toEqual(['#begrip-kerngroep-i-d kerngroep I&amp;D']);
	});
});

describe('what the handreiking holds', () => {
	const interpretation = (id: string, status: 'voorstel' | 'in-gesprek' | 'vastgesteld' | 'vervallen', fictitious = false) => ({
		id,
		data: { status, fictitious, date: '2026-11-01', level: 'team' as const, rule: 'respectvol-omgaan' },
	});
	const content = {
		themes: [{ id: 'later', data: { number: 2 } }, { id: 'omgaan-met-anderen', data: { number: 1 } }],
		rules: [
			{ id: 'niet-pesten', data: { number: 2, theme: 'omgaan-met-anderen' } },
			{ id: 'respectvol-omgaan', data: { number: 1, theme: 'omgaan-met-anderen' } },
		],
		topics: [{ id: 'hybride-werken', data: {} }],
		agreements: [
			{ id: 'richtlijn', data: { number: 1, topic: 'hybride-werken', kind: 'stedelijke-richtlijn' as const } },
			{ id: 'norm', data: { number: 1, topic: 'hybride-werken', kind: 'directienorm' as const } },
		],
		interpretations: [
			interpretation('adopted', 'vastgesteld'),
			interpretation('example', 'vastgesteld', true),
			interpretation('proposal', 'voorstel'),
			interpretation('talking', 'in-gesprek'),
			interpretation('lapsed', 'vervallen'),
		],
	};
	const handreiking = handreikingOf(content);

	test('only adopted wording of real teams, and counts what it leaves out', () => {
		expect(content.interpretations.filter(inHandreiking).map(({ id }) => id)).toEqual(['adopted']);
		expect(handreiking.themes[0]!.rules[0]!.adopted.map(({ id }) => id)).toEqual(['adopted']);
		expect(handreiking.leftOut).toEqual({ examples: 1, notAdopted: 3 });
	});

	test('themes and rules in the order of the code of conduct; a topic’s norms before its guidelines', () => {
		expect(handreiking.themes.map(({ theme, rules }) => [theme.id, rules.map(({ entry }) => entry.id)])).toEqual([
			['omgaan-met-anderen', ['respectvol-omgaan', 'niet-pesten']],
			['later', []],
		]);
		expect(handreiking.topics[0]!.groups.map(({ kind }) => kind)).toEqual(['directienorm', 'stedelijke-richtlijn']);
	});
});
