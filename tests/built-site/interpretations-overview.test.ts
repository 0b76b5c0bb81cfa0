import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { searchKindLabels } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { readPage, textOf } from '../helpers/built-site.ts';

const { handbook } = loadHandbook('content');

test('the overview of interpretations links to every one of them, under the rule or agreement it explains', () => {
	const page = readPage(paths.interpretations);
	const interpretations = [...handbook!.interpretations.values()];
	expect(interpretations.length).toBeGreaterThan(0);
	const misplaced = interpretations.filter(({ id, data }) => {
		const link = page.querySelector(`main a[href="${paths.interpretation(id)}"]`);
		const heading = link?.closest('ul')?.previousElementSibling?.querySelector('a');
		const target = data.rule ? paths.rule(handbook!.rules.get(data.rule)!.data.theme, data.rule) : paths.agreement(data.agreement!);
		return heading?.getAttribute('href') !== target;
	});
	expect(misplaced.map(({ id }) => id)).toEqual([]);
	expect(page.querySelector(`[data-pagefind-filter="soort:${searchKindLabels.interpretatie}"]`)).not.toBeNull();
});

test('"Over dit handboek" leads to the overview of interpretations and to the accessibility statement', () => {
	const about = readPage(paths.about);
	expect(about.querySelector(`main a[href="${paths.interpretations}"]`)).not.toBeNull();
	expect(about.querySelector(`main a[href="${paths.accessibility}"]`)).not.toBeNull();
	expect(textOf(readPage(paths.interpretations).querySelector('h1'))).toBe('Afspraken van teams en MT’s');
});
