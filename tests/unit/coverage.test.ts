import { describe, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/content/load-handbook.ts';
import { coverageOf, formatShare } from '../../src/lib/coverage.ts';
import type { Level, Status } from '../../src/schemas/interpretation.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const themeIds = ['omgaan-met-anderen', 'naleving', 'bedrijfsmiddelen', 'informatie', 'belangen', 'corruptie', 'privesfeer'];
const themes = themeIds.map((id, index) => ({ id, data: { title: `Thema ${id}`, number: index + 1 } }));
const topics = [{ id: 'hybride-werken', data: { title: 'Hybride werken' } }];
const rule = (id: string, theme: string, number = 1) => ({ id, data: { theme, number } });
const agreement = (id: string, kind = 'directienorm', chosenForTrajectory = false) => ({ id, data: { topic: 'hybride-werken', kind, chosenForTrajectory } });
let count = 0;
const interpretation = (target: { rule: string } | { agreement: string }, status: Status = 'vastgesteld', more: { fictitious?: boolean; level?: Level } = {}) => ({
	id: `afspraak-${++count}`,
	data: { ...target, status, date: '2026-01-01', fictitious: false, level: 'team' as Level, ...more },
});

/**
 * The three urgent themes worked out (2, 2 and 1 rules) and, about hybrid work, a norm of the
 * directorate, a city-wide guideline chosen for the trajectory and one not chosen.
 */
const rules = [rule('a1', 'omgaan-met-anderen', 1), rule('a2', 'omgaan-met-anderen', 2), rule('n1', 'naleving'), rule('n2', 'naleving', 2), rule('b1', 'bedrijfsmiddelen')];
const agreements = [agreement('weekstart'), agreement('spreiden', 'stedelijke-richtlijn', true), agreement('digitaal', 'stedelijke-richtlijn')];
const scope = { themes: ['omgaan-met-anderen', 'naleving', 'bedrijfsmiddelen'], topics: ['hybride-werken'] };
const coverage = (interpretations: ReturnType<typeof interpretation>[]) => coverageOf({ themes, rules, topics, agreements, interpretations }, scope);

describe('how far the handbook is towards 100 %', () => {
	test('the chosen themes and agreements fully covered reach the aim, while the whole handbook still has an open guideline', () => {
		const chosen = [...rules.map((r) => interpretation({ rule: r.id })), interpretation({ agreement: 'weekstart' }), interpretation({ agreement: 'spreiden' })];
		const result = coverage(chosen);
		expect(result.aim).toEqual({ covered: 7, total: 7 });
		expect(result.overall).toEqual({ covered: 7, total: 8 });
		expect(formatShare(result.overall)).toBe('87\u00a0%');
		expect(result.workedOutThemes).toEqual({ covered: 3, total: 7 });
		expect(result.parts.map(({ id, covered, total }) => [id, covered, total])).toEqual([
			['omgaan-met-anderen', 2, 2],
			['naleving', 2, 2],
			['bedrijfsmiddelen', 1, 1],
			['informatie', 0, 0],
			['belangen', 0, 0],
			['corruptie', 0, 0],
			['privesfeer', 0, 0],
			['hybride-werken', 2, 3],
		]);
	});

	test('a guideline not chosen for the trajectory counts in the handbook, not towards the aim', () => {
		const result = coverage([interpretation({ agreement: 'digitaal' })]);
		expect(result.aim).toEqual({ covered: 0, total: 7 });
		expect(result.overall).toEqual({ covered: 1, total: 8 });
	});

	test('without an aim set, there is no aim to count towards', () => {
		expect(coverageOf({ themes, rules, topics, agreements, interpretations: [] }).aim).toBeUndefined();
	});

	test('proposals, wording under discussion and lapsed wording do not cover a norm', () => {
		const result = coverage([interpretation({ rule: 'a1' }, 'voorstel'), interpretation({ rule: 'a2' }, 'in-gesprek'), interpretation({ rule: 'b1' }, 'vervallen')]);
		expect(result.overall.covered).toBe(0);
	});

	test('an invented example never covers a norm, even when adopted', () => {
		expect(coverage([interpretation({ rule: 'b1' }, 'vastgesteld', { fictitious: true })]).overall.covered).toBe(0);
	});

	test('an adoption by a team, an afdelings-MT or the directie-MT counts alike; two on one norm count once', () => {
		const result = coverage([
			interpretation({ rule: 'a1' }, 'vastgesteld', { level: 'team' }),
			interpretation({ rule: 'a1' }, 'vastgesteld', { level: 'directie-mt' }),
			interpretation({ rule: 'n1' }, 'vastgesteld', { level: 'afdelings-mt' }),
		]);
		expect(result.parts.slice(0, 2).map(({ covered }) => covered)).toEqual([1, 1]);
	});

	test('a handbook with nothing in it yet is at 0 %', () => {
		expect(formatShare(coverageOf({ themes: [], rules: [], topics: [], agreements: [], interpretations: [] }).overall)).toBe('0\u00a0%');
	});
});

test('on the real handbook the parts are the seven themes and the topics of the work agreements, every norm counted once', () => {
	const root = shippedContent;
	const read = <N extends 'themes' | 'rules' | 'topics' | 'agreements' | 'interpretations'>(name: N) => [...readCollection(name, root).entries.values()];
	const content = { themes: read('themes'), rules: read('rules'), topics: read('topics'), agreements: read('agreements'), interpretations: read('interpretations') };
	const { parts } = coverageOf(content);
	expect(parts.filter((part) => part.group === 'theme')).toHaveLength(7);
	expect(parts.filter((part) => part.group === 'topic').map((part) => part.id)).toEqual(content.topics.map((topic) => topic.id));
	expect(parts.reduce((sum, part) => sum + part.total, 0)).toBe(content.rules.length + content.agreements.length);
});

describe('a share written in Dutch', () => {
	test.each([
		[0, 5, '0\u00a0%'],
		[29, 100, '29\u00a0%'],
		[3, 8, '37\u00a0%'],
		[999, 1000, '99\u00a0%'],
		[5, 5, '100\u00a0%'],
	])('%s of %s reads "%s"', (covered, total, text) => {
		expect(formatShare({ covered, total })).toBe(text);
	});
});
