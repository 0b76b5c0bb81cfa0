import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { fictitiousLabel, sectionLabels } from '../../src/lib/labels.ts';
import { linksOf } from '../../src/lib/paths.ts';
import { statusDescriptions } from '../../src/lib/statuses.ts';
import { teamsOf } from '../../src/lib/teams.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/** The working version is built from the shipped content itself, so its pages show exactly these teams. */
const links = linksOf({ base: '/werkversie' });
const { handbook } = loadHandbook(shippedContent);
const teams = teamsOf(handbook!.interpretations.values());

/** The page of the rule or agreement an interpretation belongs to, in the working version. */
function parentPage(data: { rule?: string; agreement?: string }): string {
	if (data.agreement) return links.agreement(data.agreement);
	return links.rule(handbook!.rules.get(data.rule!)!.data.theme, data.rule!);
}

test('the shipped content names teams and MTs, so there are pages to check', () => {
	expect(teams.length).toBeGreaterThan(5);
});

describe.each(teams.map((team) => [team.name, team] as const))('the page of %s', (name, team) => {
	const page = () => readPage(links.team(team.slug));

	test('is titled with its name, and says “Onze afspraken”', () => {
		expect(textOf(page().querySelector('h1'))).toBe(name);
		expect(textOf(page().querySelector('main .team-page__subtitle'))).toBe('Onze afspraken');
	});

	test('holds each of its interpretations once, under the heading of its status, linked to its own page and to its rule or agreement', () => {
		const sections = [...page().querySelectorAll('main section')];
		const shown = sections.flatMap((section) =>
			[...section.querySelectorAll('[data-team-agreement]')].map((card) => ({
				heading: textOf(section.querySelector('h2')),
				href: card.querySelector('h3 a')?.getAttribute('href'),
				parent: card.querySelector('.interpretation__meta a')?.getAttribute('href'),
				badge: textOf(card.querySelector('.status-badges')),
			})),
		);
		expect(shown).toEqual(
			team.interpretations.map(({ id, data }) => {
				const { label } = statusDescriptions[data.status];
				return { heading: label, href: links.interpretation(id), parent: parentPage(data), badge: data.fictitious ? `${fictitiousLabel} · ${label.toLowerCase()}` : label };
			}),
		);
	});

	test('says plainly when the team is an invented example, and counts only real interpretations', () => {
		const notice = page().querySelector('[data-example-notice]');
		expect(notice !== null).toBe(team.example);
		if (team.example) expect(textOf(notice)).toMatch(new RegExp(`^${fictitiousLabel}: dit team bestaat niet\\.`));
		const intro = textOf(page().querySelector('main .team-page__subtitle ~ p:not([data-example-notice])'));
		expect(intro.includes('Het zijn') || intro.includes('Het is')).toBe(!team.example);
	});
});

test('the index lists every team and MT once, real ones first, the invented examples apart under their own heading', () => {
	const index = readPage(links.teams());
	expect(textOf(index.querySelector('h1'))).toBe(sectionLabels.teams);
	const rows = [...index.querySelectorAll('main [data-team]')];
	expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual(teams.map((team) => links.team(team.slug)));
	const examples = index.querySelector('main section[aria-labelledby="voorbeelden"]');
	const exampleTeams = teams.filter((team) => team.example);
	expect(textOf(examples?.querySelector('h2'))).toBe(exampleTeams.length > 0 ? 'Verzonnen voorbeelden' : '');
	expect([...(examples?.querySelectorAll('[data-team]') ?? [])].map((row) => textOf(row.querySelector('a')))).toEqual(exampleTeams.map((team) => team.name));
	for (const team of exampleTeams) {
		const row = rows.find((candidate) => candidate.getAttribute('data-team') === team.slug)!;
		expect(textOf(row.querySelector('.team-index__summary'))).toBe(`(${team.interpretations.length} ${team.interpretations.length === 1 ? 'verzonnen voorbeeld' : 'verzonnen voorbeelden'})`);
	}
	if (teams.every((team) => team.example)) expect(textOf(index.querySelector('main'))).toContain('Er zijn nog geen afspraken van echte teams of MT’s.');
});

test('every interpretation names its team with a link to the team’s page: on its own page, in the list of its rule and on the rule’s page', () => {
	for (const team of teams) {
		for (const { id, data } of team.interpretations) {
			const own = readPage(links.interpretation(id));
			const from = [...own.querySelectorAll('.interpretation-facts dt')].find((dt) => textOf(dt) === 'Van')?.nextElementSibling;
			expect(from?.querySelector('a')?.getAttribute('href'), id).toBe(links.team(team.slug));
			expect(textOf(from?.querySelector('a'))).toBe(team.name);
			const parent = parentPage(data);
			const list = readPage(`${parent}afspraken/`);
			const row = [...list.querySelectorAll('[data-interpretation]')].find((candidate) => candidate.querySelector(`a[href="${links.interpretation(id)}"]`));
			expect(row?.querySelector(`a[href="${links.team(team.slug)}"]`), `${id} in ${parent}afspraken/`).not.toBeNull();
		}
	}
	const card = readPage(links.rule('omgaan-met-anderen', 'respectvol-omgaan')).querySelector('.norm-interpretations .interpretation');
	expect(card?.querySelector('.interpretation__meta a[href^="/werkversie/teams/"]')).not.toBeNull();
});

test('the overview of interpretations leads to the index of teams, and the menu has it', () => {
	const overview = readPage(links.interpretations);
	expect(overview.querySelector(`[data-to-teams] a[href="${links.teams()}"]`)).not.toBeNull();
	expect(overview.querySelector(`#starlight__sidebar a[href="${links.teams()}"]`)).not.toBeNull();
	// A team's page shows where it belongs in the menu.
	expect(readPage(links.team(teams[0]!.slug)).querySelector('#starlight__sidebar a[aria-current]')?.getAttribute('href')).toBe(links.teams());
});
