import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/content/load-handbook.ts';
import { changesBetween, isUnchanged, type EditionContent } from '../../src/lib/versions/changes.ts';
import type { Status } from '../../src/schemas/interpretation.ts';
import { contentFixture, shippedContent } from '../helpers/content-fixture.ts';

const rule = (id: string, text = 'Je pest niet.', body = '', more: Record<string, unknown> = {}) => ({
	id,
	data: { title: `Regel ${id}`, theme: 'omgaan-met-anderen', number: 1, text, terms: [], searchWords: [], ...more },
	body,
});
const interpretation = (id: string, status: Status, more: Record<string, unknown> = {}, body = 'We groeten elkaar.') => ({
	id,
	data: { title: `Afspraak ${id}`, rule: 'niet-pesten', team: 'Team Noord', level: 'team', status, date: '2026-01-01', fictitious: false, do: [], dont: [], dilemmas: [], ...more },
	body,
});
const edition = (content: Partial<EditionContent>): EditionContent => ({ rules: [], agreements: [], interpretations: [], ...content });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('what changed in the norms between two versions', () => {
	test('a rule that is new, one that is gone and one with other words are each named once', () => {
		const changes = changesBetween(
			edition({ rules: [rule('blijft'), rule('weg'), rule('anders', 'Je pest niet.')] }),
			edition({ rules: [rule('blijft'), rule('anders', 'Je pest en kleineert niet.'), rule('nieuw')] }),
		);
		expect(changes.rules).toEqual({
			added: [{ id: 'nieuw', title: 'Regel nieuw' }],
			removed: [{ id: 'weg', title: 'Regel weg' }],
			changed: [{ id: 'anders', title: 'Regel anders', what: ['text'] }],
			noteChanged: [],
		});
	});

	test('the handbook’s note below a rule that gets other words is a change of the note, not of the rule’s own text', () => {
		const changes = changesBetween(edition({ agreements: [rule('a', undefined, 'Een woord ontbreekt.')] }), edition({ agreements: [rule('a', undefined, 'Twee woorden ontbreken.')] }));
		expect(changes.agreements.changed).toEqual([]);
		expect(changes.agreements.noteChanged).toEqual([{ id: 'a', title: 'Regel a' }]);
	});

	test('a rule whose text and note both change is in both lists, its text change naming only its own fields', () => {
		const changes = changesBetween(edition({ rules: [rule('a', 'Je pest niet.', 'Een noot.')] }), edition({ rules: [rule('a', 'Je pest nooit.', 'Een andere noot.')] }));
		expect(changes.rules.changed).toEqual([{ id: 'a', title: 'Regel a', what: ['text'] }]);
		expect(changes.rules.noteChanged).toEqual([{ id: 'a', title: 'Regel a' }]);
	});

	test('reflowed text, other Markdown around the same words or new search words are no change', () => {
		const changes = changesBetween(
			edition({ rules: [rule('a', 'Je pest niet,  nooit.', 'Een *woord* ontbreekt.', { searchWords: ['pesten'] })] }),
			edition({ rules: [rule('a', 'Je pest niet,\nnooit.', 'Een _woord_\nontbreekt.', { searchWords: ['gepest', 'pester'] })] }),
		);
		expect(isUnchanged(changes)).toBe(true);
	});

	test('a rule that only moves to another number, source section or term list is not worded differently', () => {
		const changes = changesBetween(
			edition({ rules: [rule('a', undefined, '', { number: 1, source: { document: 'plan', section: '§2' }, terms: ['pesten'] })] }),
			edition({ rules: [rule('a', undefined, '', { number: 2, source: { document: 'plan', section: '§3' }, terms: ['pesten', 'uitsluiting'] })] }),
		);
		expect(isUnchanged(changes)).toBe(true);
	});

	test('a new title is a change, named as the page shows it', () => {
		const changes = changesBetween(edition({ rules: [rule('a')] }), edition({ rules: [{ ...rule('a'), data: { ...rule('a').data, title: 'Nieuwe titel' } }] }));
		expect(changes.rules.changed).toEqual([{ id: 'a', title: 'Nieuwe titel', what: ['title'] }]);
	});
});

describe('what teams adopted, changed, withdrew and proposed between two versions', () => {
	test('a proposal that is adopted is named as adopted, not as a new proposal', () => {
		const changes = changesBetween(edition({ interpretations: [interpretation('a', 'in-gesprek')] }), edition({ interpretations: [interpretation('a', 'vastgesteld')] }));
		expect(changes.interpretations).toEqual({
			adopted: [{ id: 'a', title: 'Afspraak a', team: 'Team Noord', about: { rule: 'niet-pesten' }, fictitious: false, status: 'vastgesteld' }],
			changed: [],
			withdrawn: [],
			proposed: [],
		});
	});

	test('a wording adopted straight away, without a proposal in an earlier version, is adopted', () => {
		const changes = changesBetween(edition({}), edition({ interpretations: [interpretation('a', 'vastgesteld')] }));
		expect(ids(changes.interpretations.adopted)).toEqual(['a']);
	});

	test('an adopted wording whose words, do’s or dilemmas change is changed; a new date alone is not', () => {
		const before = [interpretation('woorden', 'vastgesteld'), interpretation('lijst', 'vastgesteld'), interpretation('datum', 'vastgesteld')];
		const after = [
			interpretation('woorden', 'vastgesteld', {}, 'We groeten elkaar altijd.'),
			interpretation('lijst', 'vastgesteld', { do: ['Groeten'], dilemmas: ['Ook in de chat?'] }),
			interpretation('datum', 'vastgesteld', { date: '2026-06-01' }),
		];
		const { changed } = changesBetween(edition({ interpretations: before }), edition({ interpretations: after })).interpretations;
		expect(changed.map(({ id, what }) => ({ id, what }))).toEqual([
			{ id: 'lijst', what: ['do', 'dilemmas'] },
			{ id: 'woorden', what: ['body'] },
		]);
	});

	test('an adopted wording that lapses, disappears or is discussed again is withdrawn, with what it is now', () => {
		const before = [interpretation('vervalt', 'vastgesteld'), interpretation('weg', 'vastgesteld'), interpretation('heropend', 'vastgesteld')];
		const after = [interpretation('vervalt', 'vervallen'), interpretation('heropend', 'in-gesprek')];
		const { withdrawn } = changesBetween(edition({ interpretations: before }), edition({ interpretations: after })).interpretations;
		expect(withdrawn.map(({ id, status }) => ({ id, status }))).toEqual([
			{ id: 'heropend', status: 'in-gesprek' },
			{ id: 'vervalt', status: 'vervallen' },
			{ id: 'weg', status: undefined },
		]);
	});

	test('new proposals are named; a proposal that is merely taken into discussion is not new', () => {
		const changes = changesBetween(
			edition({ interpretations: [interpretation('besproken', 'voorstel'), interpretation('opnieuw', 'vervallen')] }),
			edition({ interpretations: [interpretation('besproken', 'in-gesprek'), interpretation('opnieuw', 'voorstel'), interpretation('nieuw', 'voorstel')] }),
		);
		expect(ids(changes.interpretations.proposed)).toEqual(['nieuw', 'opnieuw']);
		expect(changes.interpretations.adopted).toEqual([]);
	});

	test('an invented example is marked, so a page never counts it as real', () => {
		const changes = changesBetween(edition({}), edition({ interpretations: [interpretation('echt', 'vastgesteld'), interpretation('verzonnen', 'vastgesteld', { fictitious: true })] }));
		expect(changes.interpretations.adopted.map(({ id, fictitious }) => ({ id, fictitious }))).toEqual([
			{ id: 'echt', fictitious: false },
			{ id: 'verzonnen', fictitious: true },
		]);
	});

	test('changes are listed by title, as a reader scans them', () => {
		const after = [interpretation('b', 'voorstel', { title: 'Zo groeten we' }), interpretation('a', 'voorstel', { title: 'Élke dag een praatje' })];
		expect(ids(changesBetween(edition({}), edition({ interpretations: after })).interpretations.proposed)).toEqual(['a', 'b']);
	});
});

describe('the real handbook', () => {
	const content = shippedContent;
	const editionAt = (root: string): EditionContent => ({
		rules: readCollection('rules', root).entries.values(),
		agreements: readCollection('agreements', root).entries.values(),
		interpretations: readCollection('interpretations', root).entries.values(),
	});

	test('compared with itself, nothing changed', () => {
		expect(isUnchanged(changesBetween(editionAt(content), editionAt(content)))).toBe(true);
	});

	test('compared with a copy where a rule, an agreement and two interpretations were edited, exactly those changes are found', () => {
		/** A real file with some words replaced; each replaced text must still be there, so the test cannot pass by editing nothing. */
		const edit = (file: string, ...replacements: [string, string][]) => {
			let text = readFileSync(join(content, file), 'utf8');
			for (const [from, to] of replacements) {
				expect(text).toContain(from);
				text = text.replace(from, to);
			}
			return { [file]: text };
		};
		const copy = contentFixture(
			{
				...edit('rules/omgaan-met-anderen/niet-pesten.mdx', ['Je pest niet', 'Je pest nooit'], ['lijkt na', 'lijkt\n  na']),
				// Other bytes, the same words on the page: the text folds elsewhere, only the search words grow.
				...edit('rules/omgaan-met-anderen/respectvol-omgaan.mdx', ['gebaar en\n  geschrift', 'gebaar\n  en geschrift'], ['searchWords: [', 'searchWords: [onaardig, ']),
				'agreements/stedelijke-richtlijnen/duurzame-mobiliteit.mdx': null,
				...edit('interpretations/respectvol-omgaan/team-voorbeeld-noord-toon-in-teamchat.mdx', ['status: vastgesteld', 'status: vervallen']),
				...edit('interpretations/leiderschap/directie-mt-voorbeeld-noord-sturen-op-vertrouwen.mdx', ['status: voorstel', 'status: vastgesteld']),
			},
			content,
		);
		const changes = changesBetween(editionAt(content), editionAt(copy));
		expect(changes.rules).toEqual({ added: [], removed: [], changed: [{ id: 'niet-pesten', title: 'Niet pesten', what: ['text'] }], noteChanged: [] });
		expect(ids(changes.agreements.removed)).toEqual(['duurzame-mobiliteit']);
		expect(ids(changes.interpretations.withdrawn)).toEqual(['team-voorbeeld-noord-toon-in-teamchat']);
		expect(ids(changes.interpretations.adopted)).toEqual(['directie-mt-voorbeeld-noord-sturen-op-vertrouwen']);
		expect(changes.interpretations.adopted[0]!.fictitious).toBe(true);
		expect(changes.interpretations.changed).toEqual([]);
		expect(changes.interpretations.proposed).toEqual([]);
	});
});
