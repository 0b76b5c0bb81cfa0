import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { groupByStanding } from '../../src/lib/interpretations.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook, errors } = loadHandbook(shippedContent);

describe('the content that ships with the handbook', () => {
	test('passes the content check', () => {
		expect(errors).toEqual([]);
	});

	test('holds the seven themes of the code of conduct and the ten rules of the three urgent ones', () => {
		const themes = [...handbook!.themes.values()].sort((a, b) => a.data.number - b.data.number);
		expect(themes.map((theme) => theme.data.title)).toEqual([
			'Omgaan met anderen',
			'Tegengaan van belangenverstrengeling',
			'Tegengaan van corruptie',
			'Omgaan met informatie',
			'Gebruik van bedrijfsmiddelen',
			'Gedrag in de privésfeer',
			'Naleving van de gedragscode',
		]);
		const rulesOf = (theme: string) => [...handbook!.rules.values()].filter((rule) => rule.data.theme === theme).length;
		expect([rulesOf('omgaan-met-anderen'), rulesOf('gebruik-van-bedrijfsmiddelen'), rulesOf('naleving-van-de-gedragscode')]).toEqual([5, 1, 4]);
	});

	test('holds the nine city-wide guidelines, three of them chosen for the trajectory, and the five WPI norms', () => {
		const agreements = [...handbook!.agreements.values()];
		const guidelines = agreements.filter((a) => a.data.kind === 'stedelijke-richtlijn');
		expect(guidelines).toHaveLength(9);
		expect(guidelines.filter((a) => a.data.chosenForTrajectory).map((a) => a.id).sort()).toEqual([
			'duurzaam-kantooraanwezigheid-spreiden',
			'leiderschap',
			'leren-en-ontwikkelen',
		]);
		expect(agreements.filter((a) => a.data.kind === 'directienorm')).toHaveLength(5);
	});

	test('shows real structure: fictitious examples across rules and agreements, in every status', () => {
		const interpretations = [...handbook!.interpretations.values()].filter((i) => i.data.fictitious);
		expect(interpretations.length).toBeGreaterThanOrEqual(6);
		expect(new Set(interpretations.map((i) => i.data.rule).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
		expect(interpretations.some((i) => i.data.agreement)).toBe(true);
		expect(new Set(interpretations.map((i) => i.data.status))).toEqual(new Set(['voorstel', 'in-gesprek', 'vastgesteld', 'vervallen']));
		expect(groupByStanding(interpretations).adopted.length).toBeGreaterThan(0);
	});

	test('names every fictitious example after a plainly invented unit, so none reads as a real team or MT', () => {
		const realLooking = [...handbook!.interpretations.values()].filter((i) => i.data.fictitious && !/ Voorbeeld\b/.test(i.data.team));
		expect(realLooking.map((i) => `${i.id}: ${i.data.team}`)).toEqual([]);
	});

	test('holds the glossary terms the trajectory relies on, and the four competence levels in order', () => {
		const required = ['diversiteit', 'inclusie', 'intersectionaliteit', 'microagressie', 'positionaliteit', 'psychologische-veiligheid', 'bias', 'grensoverschrijdend-gedrag', 'sociale-norm', 'omstander', 'buddy', 'teamcoach', 'intervisie', 'kerngroep-id'];
		expect(required.filter((id) => !handbook!.terms.has(id))).toEqual([]);
		const levels = [...handbook!.terms.values()].filter((t) => t.data.competenceLevel).sort((a, b) => a.data.competenceLevel! - b.data.competenceLevel!);
		expect(levels.map((t) => t.id)).toEqual(['onbewust-onbekwaam', 'bewust-onbekwaam', 'bewust-bekwaam', 'onbewust-bekwaam']);
	});
});
