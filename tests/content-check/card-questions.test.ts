import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

/** The minimal handbook's one rule, with these lines added to its frontmatter. */
const ruleWith = (fields: string) =>
	`---\ntheme: omgaan-met-anderen\nnumber: 1\ntitle: Respectvol omgaan\ntext: Je gaat respectvol om met anderen.\nsource: {document: testplan, section: "1"}\n${fields}\n---\n`;

const load = (fields: string) => loadHandbook(contentFixture({ 'rules/respectvol-omgaan.mdx': ruleWith(fields) }));

describe('the questions on a conversation card (questions) are checked like any field, in Dutch', () => {
	test('open questions are read in the order written', () => {
		const { handbook, errors } = load('questions:\n  - "Wat betekent dit in jullie werk?"\n  - "Wanneer ging het laatst mis?"');
		expect(errors).toEqual([]);
		expect(handbook!.rules.get('respectvol-omgaan')!.data.questions).toEqual(['Wat betekent dit in jullie werk?', 'Wanneer ging het laatst mis?']);
	});

	test('a rule without questions has none', () => {
		const { handbook } = load('');
		expect(handbook!.rules.get('respectvol-omgaan')!.data.questions).toEqual([]);
	});

	test('a question without a question mark is refused, naming the field and the item', () => {
		const { handbook, errors } = load('questions:\n  - "Wat betekent dit in jullie werk?"\n  - "Bespreek wat dit betekent."');
		expect(handbook).toBeUndefined();
		expect(errors).toMatchObject([{ field: 'questions, punt 2', message: 'verwacht een open vraag die eindigt op een vraagteken, gevonden: "Bespreek wat dit betekent."' }]);
	});

	test('more questions than fit on half an A4 sheet are refused', () => {
		const { errors } = load(`questions:\n${'  - "Wat vind jij?"\n'.repeat(5)}`);
		expect(errors).toMatchObject([{ field: 'questions', message: 'verwacht hoogstens 4 vragen: een gesprekskaart moet op een half A4-vel passen' }]);
	});
});
