import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { rolesWithoutRoute } from '../../src/lib/help-routes.ts';
import { helpRouteMissing } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';

const { handbook } = loadHandbook('content');
const { organisation } = handbook!;
const { who, why: because, rule } = organisation.askInstead;
const askInstead = handbook!.rules.get(rule)!;

describe('the page "Als een norm wordt overschreden"', () => {
	const page = readPage(paths.normCrossed).querySelector('main')!;
	const headings = [...page.querySelectorAll('h2')].map(textOf);
	test('opens with what to do now, for the one it happens to, the bystander and the manager; its sources come last', () => {
		expect(headings.slice(0, 3)).toEqual(['Als het jou overkomt', 'Als je het ziet gebeuren', 'Als je leidinggevende bent']);
		expect(headings.indexOf('Wie kan jou helpen?')).toBe(3);
		expect(headings.at(-1)).toBe('Bronnen');
	});

	test('names every role a reader can turn to, and says beside each role without a route whom to ask instead', () => {
		const cards = [...page.querySelectorAll('.help-role')];
		expect(cards.map((card) => textOf(card.querySelector('h3')))).toEqual(organisation.helpRoles.map((role) => role.role));
		const missing = new Set(rolesWithoutRoute(organisation.helpRoles).map((role) => role.role));
		for (const card of cards) {
			expect(textOf(card).includes(helpRouteMissing.beside(who)), textOf(card)).toBe(missing.has(textOf(card.querySelector('h3'))));
		}
		if (missing.size > 0) {
			const why = page.querySelector('.help-roles__why');
			expect(textOf(why)).toContain(helpRouteMissing.why(who, because));
			expect(why?.querySelector('a')?.getAttribute('href')).toBe(paths.rule(askInstead.data.theme, askInstead.id));
		}
	});

	test('cites its sources in one place at the end, not in the advice at the top', () => {
		const advice = [...page.querySelectorAll('h2 ~ ul')].slice(0, 3).map(textOf).join(' ');
		expect(advice).not.toMatch(/Plan van Aanpak|Uitvoeringsplan|§/);
	});
});

test('no page promises what a real role will do later', () => {
	const promises = builtRoutes().flatMap((route) => {
		const text = textOf(readPage(route).querySelector('main'));
		return [/\bvul(t|len)\b[^.]*\baan\b/i, /\b(zet|zetten)\b[^.]*\bop deze pagina\b/i, /\bzodra ze klaar zijn\b/i]
			.filter((promise) => promise.test(text))
			.map((promise) => `${route}: ${text.match(promise)![0]}`);
	});
	expect(promises).toEqual([]);
});
