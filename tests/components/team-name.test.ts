import { expect, test } from 'vitest';
import TeamName from '../../src/components/TeamName.astro';
import { editionsOf, type Edition } from '../../src/lib/edition.ts';
import { linksIn, render } from './render.ts';

/**
 * A team's name wherever an interpretation names it: a link to the team's own page within the
 * edition read, by the slug of the name, with the level after it when the name does not say it.
 */
const editions = editionsOf([{ number: '0.1', label: 'Startversie', date: '2026-10-01', folder: '/versies/0.1', files: {} }], '/content', '2026-12-03', '/handboek/');
const working = editions.at(-1) as Edition;

test('a team’s name links to its page in the edition being read', async () => {
	const html = await render(TeamName, { edition: working, editions, props: { team: 'Team Klantcontact Zuid-Oost', level: 'team' } });
	expect(linksIn(html)).toEqual(['Team Klantcontact Zuid-Oost → /handboek/werkversie/teams/team-klantcontact-zuid-oost/']);
	expect(html.replace(/<[^>]+>/g, '')).toBe('Team Klantcontact Zuid-Oost');
});

test('the level follows the link when the name does not say it', async () => {
	const html = await render(TeamName, { edition: editions[0]!, editions, props: { team: 'MT Werk en Inkomen', level: 'afdelings-mt' } });
	expect(linksIn(html)).toEqual(['MT Werk en Inkomen → /handboek/teams/mt-werk-en-inkomen/']);
	expect(html.replace(/<[^>]+>/g, '')).toBe('MT Werk en Inkomen (Afdelings-MT)');
});
