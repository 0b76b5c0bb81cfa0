import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/content/load-handbook.ts';
import { coverageOf, formatShare } from '../../src/lib/coverage.ts';
import type { Level, Status } from '../../src/schemas/interpretation.ts';

const themeIds = ['omgaan-met-anderen', 'naleving', 'bedrijfsmiddelen', 'informatie', 'belangen', 'corruptie', 'privesfeer'];
const themes = themeIds.map((id, index) => ({ id, data: { title: `Thema ${id}`, number: index + 1 } }));
const topics = [{ id: 'hybride-werken', data: { title: 'Hybride werken' } }];
const rule = (id: string, theme: string, number = 1) => ({ id, data: { theme, number } });
const agreement = (id: string) => ({ id, data: { topic: 'hybride-werken' } });
let count = 0;
const interpretation = (target: { rule: string } | { agreement: string }, status: Status = 'vastgesteld', more: { fictitious?: boolean; level?: Level } = {}) => ({
	id: `afspraak-${++count}`,
	data: { ...target, status, date: '2026-01-01', fictitious: false, level: 'team' as Level, ...more },
});

/** The three urgent themes worked out (2, 2 and 1 rules) and two agreements about hybrid work. */
const rules = [rule('a1', 'omgaan-met-anderen', 1), rule('a2', 'omgaan-met-anderen', 2), rule('n1', 'naleving'), rule('n2', 'naleving', 2), rule('b1', 'bedrijfsmiddelen')];
const agreements = [agreement('spreiden'), agreement('weekstart')];
const coverage = (interpretations: ReturnType<typeof interpretation>[]) => coverageOf({ themes, rules, topics, agreements, interpretations });

describe('how far the handbook is towards 100 %', () => {
	test('the three urgent themes and hybrid work fully covered are 4 of 8 parts: 50 %', () => {
		const all = [...rules.map((r) => interpretation({ rule: r.id })), ...agreements.map((a) => interpretation({ agreement: a.id }))];
		const result = coverage(all);
		expect(result.overall).toBe(0.5);
		expect(formatShare(result.overall)).toBe('50\u00a0%');
		expect(result.parts.map(({ id, covered, total, share }) => [id, covered, total, share])).toEqual([
			['omgaan-met-anderen', 2, 2, 1],
			['naleving', 2, 2, 1],
			['bedrijfsmiddelen', 1, 1, 1],
			['informatie', 0, 0, 0],
			['belangen', 0, 0, 0],
			['corruptie', 0, 0, 0],
			['privesfeer', 0, 0, 0],
			['hybride-werken', 2, 2, 1],
		]);
	});

	test('a part counts the share of its norms with an adopted interpretation', () => {
		const result = coverage([interpretation({ rule: 'a1' }), interpretation({ agreement: 'weekstart' })]);
		expect(result.parts.find((part) => part.id === 'omgaan-met-anderen')).toMatchObject({ kind: 'theme', title: 'Thema omgaan-met-anderen', covered: 1, total: 2, share: 0.5 });
		expect(result.parts.find((part) => part.id === 'hybride-werken')).toMatchObject({ kind: 'topic', covered: 1, total: 2, share: 0.5 });
		expect(result.overall).toBe((0.5 + 0.5) / 8);
	});

	test('proposals, wording under discussion and lapsed wording do not cover a norm', () => {
		const result = coverage([interpretation({ rule: 'a1' }, 'voorstel'), interpretation({ rule: 'a2' }, 'in-gesprek'), interpretation({ rule: 'b1' }, 'vervallen')]);
		expect(result.overall).toBe(0);
	});

	test('an invented example never covers a norm, even when adopted', () => {
		expect(coverage([interpretation({ rule: 'b1' }, 'vastgesteld', { fictitious: true })]).overall).toBe(0);
	});

	test('an adoption by a team, an afdelings-MT or the directie-MT counts alike; two on one norm count once', () => {
		const result = coverage([
			interpretation({ rule: 'a1' }, 'vastgesteld', { level: 'team' }),
			interpretation({ rule: 'a1' }, 'vastgesteld', { level: 'directie-mt' }),
			interpretation({ rule: 'n1' }, 'vastgesteld', { level: 'afdelings-mt' }),
		]);
		expect(result.parts.slice(0, 2).map(({ covered }) => covered)).toEqual([1, 1]);
	});

	test('a handbook with no parts yet is at 0 %', () => {
		expect(coverageOf({ themes: [], rules: [], topics: [], agreements: [], interpretations: [] })).toEqual({ parts: [], overall: 0 });
	});
});

test('on the real handbook the parts are the seven themes and the topics of the work agreements, every norm counted once', () => {
	const root = join(import.meta.dirname, '..', '..', 'content');
	const read = <N extends 'themes' | 'rules' | 'topics' | 'agreements' | 'interpretations'>(name: N) => [...readCollection(name, root).entries.values()];
	const content = { themes: read('themes'), rules: read('rules'), topics: read('topics'), agreements: read('agreements'), interpretations: read('interpretations') };
	const { parts } = coverageOf(content);
	expect(parts.filter((part) => part.kind === 'theme')).toHaveLength(7);
	expect(parts.filter((part) => part.kind === 'topic').map((part) => part.id)).toEqual(content.topics.map((topic) => topic.id));
	expect(parts.reduce((sum, part) => sum + part.total, 0)).toBe(content.rules.length + content.agreements.length);
});

describe('a share written in Dutch', () => {
	test.each([
		[0, '0\u00a0%'],
		[0.29, '29\u00a0%'],
		[3 / 8, '37\u00a0%'],
		[0.999, '99\u00a0%'],
		[1, '100\u00a0%'],
	])('%s reads "%s"', (share, text) => {
		expect(formatShare(share)).toBe(text);
	});
});
