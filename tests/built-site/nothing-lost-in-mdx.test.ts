import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/routes.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { words } from '../helpers/words.ts';

/**
 * The texts as they stood in the YAML files before the move to MDX. A deliberate change to one of
 * these texts updates this record in the same commit; anything else missing is a loss.
 */
const before = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'texts-before-mdx.json'), 'utf8')) as {
	rules: Record<string, { theme: string; title: string; text: string }>;
	agreements: Record<string, { title: string; text: string }>;
	interpretations: Record<string, { title: string; wording: string; do: string[]; dont: string[]; examples: string[]; dilemmas: string[] }>;
	terms: Record<string, { term: string; summary: string; definition?: string }>;
};

const mainText = (route: string) => words(textOf(readPage(route).querySelector('main')));

describe('nothing was lost in the move from YAML to MDX', () => {
	test.each(Object.entries(before.rules))('rule %s keeps its title and verbatim text on its page', (id, rule) => {
		const main = mainText(paths.rule(rule.theme, id));
		expect(main).toContain(words(rule.title));
		expect(main).toContain(words(rule.text));
	});

	test.each(Object.entries(before.agreements))('agreement %s keeps its title and text on its page', (id, agreement) => {
		const main = mainText(paths.agreement(id));
		expect(main).toContain(words(agreement.title));
		expect(main).toContain(words(agreement.text));
	});

	test.each(Object.entries(before.interpretations))('interpretation %s keeps its wording, examples, do’s, don’ts and dilemmas on its page', (id, interpretation) => {
		const main = mainText(paths.interpretation(id));
		for (const text of [interpretation.title, interpretation.wording, ...interpretation.examples, ...interpretation.do, ...interpretation.dont, ...interpretation.dilemmas]) {
			expect(main).toContain(words(text));
		}
	});

	test.each(Object.entries(before.terms))('term %s keeps its explanation and definition on its page', (id, term) => {
		const main = mainText(paths.term(id));
		for (const text of [term.term, term.summary, term.definition].filter((text) => text !== undefined)) {
			expect(main).toContain(words(text));
		}
	});
});
