import { describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { teamSlug, teamsOf } from '../../src/lib/teams.ts';
import type { Level, Status } from '../../src/schemas/interpretation.ts';

let serial = 0;
const interpretation = (team: string, status: Status, fields: { fictitious?: boolean; level?: Level; date?: string; rule?: string } = {}) => ({
	id: `afspraak-${++serial}`,
	data: { team, status, level: fields.level ?? 'team', date: fields.date ?? '2026-01-01', fictitious: fields.fictitious ?? false, rule: fields.rule ?? 'respectvol-omgaan' },
});

describe('a team’s page is addressed by its name alone', () => {
	test('the address is the name in lowercase letters, digits and hyphens, without accents', () => {
		expect(paths.team(teamSlug('Team Klantcontact Zuid'))).toBe('/teams/team-klantcontact-zuid/');
		expect(teamSlug('Afdelings-MT Participatie & Inkomen')).toBe('afdelings-mt-participatie-inkomen');
		expect(teamSlug('Team Coördinatie Één')).toBe('team-coordinatie-een');
		expect(paths.team(teamSlug('Team Noord'), 2)).toBe('/teams/team-noord/2/');
	});

	test('the address stays the same when the team’s interpretations change: added, adopted, lapsed or removed', () => {
		const before = [interpretation('Team Noord', 'voorstel'), interpretation('Team Zuid', 'vastgesteld')];
		const after = [
			...before.slice(1),
			interpretation('Team Noord', 'vastgesteld', { date: '2026-03-01' }),
			interpretation('Team Noord', 'vervallen', { rule: 'niet-pesten' }),
			interpretation('Team Oost', 'voorstel'),
		];
		const slugOf = (teams: ReturnType<typeof teamsOf>, name: string) => teams.find((team) => team.name === name)?.slug;
		for (const name of ['Team Noord', 'Team Zuid']) expect(slugOf(teamsOf(after), name)).toBe(slugOf(teamsOf(before), name));
		expect(slugOf(teamsOf(before), 'Team Noord')).toBe('team-noord');
	});
});

describe('the teams of the handbook, as the index and a team’s page show them', () => {
	const all = [
		interpretation('Team Zuid', 'voorstel'),
		interpretation('Team Voorbeeld Oost', 'vastgesteld', { fictitious: true }),
		interpretation('Directie-MT Noord', 'vastgesteld', { level: 'directie-mt' }),
		interpretation('Team Zuid', 'vastgesteld', { date: '2025-01-01' }),
		interpretation('Team Zuid', 'vastgesteld', { fictitious: true, date: '2026-06-01' }),
		interpretation('team Achter', 'vervallen'),
		interpretation('Afdelings-MT Voorbeeld', 'voorstel', { fictitious: true, level: 'afdelings-mt' }),
	];
	const teams = teamsOf(all);

	test('real teams come first in alphabetical order, then the teams that only appear in invented examples', () => {
		expect(teams.map((team) => [team.name, team.example])).toEqual([
			['Directie-MT Noord', false],
			['team Achter', false],
			['Team Zuid', false],
			['Afdelings-MT Voorbeeld', true],
			['Team Voorbeeld Oost', true],
		]);
	});

	test('a team holds each of its interpretations once, in reading order: adopted first, real before examples', () => {
		const zuid = teams.find((team) => team.name === 'Team Zuid')!;
		expect(zuid.interpretations.map(({ data }) => `${data.status}${data.fictitious ? ' (voorbeeld)' : ''}`)).toEqual(['vastgesteld', 'vastgesteld (voorbeeld)', 'voorstel']);
		expect(teams.flatMap((team) => team.interpretations).map(({ id }) => id).sort()).toEqual(all.map(({ id }) => id).sort());
	});

	test('only real interpretations are counted by status; an example under a real team’s name is counted apart', () => {
		const zuid = teams.find((team) => team.name === 'Team Zuid')!;
		expect(zuid.realCounts).toEqual({ vastgesteld: 1, voorstel: 1 });
		expect(zuid.exampleCount).toBe(1);
		const example = teams.find((team) => team.name === 'Team Voorbeeld Oost')!;
		expect(example.realCounts).toEqual({});
		expect(example.exampleCount).toBe(1);
	});
});
