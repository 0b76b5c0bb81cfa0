import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { teamBounds, teamSlug, teamsOf } from '../../src/lib/teams.ts';
import type { Level, Status } from '../../src/schemas/interpretation.ts';
import { wcagProblemsInEveryViewing } from '../helpers/axe.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant } from '../helpers/build-variant.ts';
import { builtFile, isForwardingPage, readPage, textOf } from '../helpers/built-site.ts';

/**
 * The handbook after the roll-out, when every team and MT adds wording: one build of the shipped
 * content with two twin rules added to the working version, the same in everything but their
 * interpretations — one with 120 of them from many teams, at every level and status, the other with
 * 6. What a reader would notice: the rule page stays the same size and says how many there are;
 * the list of all of them, page by page, holds every one once, in the order it says.
 */
const many = 120;
const few = 6;
const theme = 'omgaan-met-anderen';
const work = '/werkversie';
const rulePage = (rule: string) => `${work}/gedragscode/${theme}/${rule}/`;
const listPage = (rule: string, page = 1) => `${rulePage(rule)}afspraken/${page > 1 ? `${page}/` : ''}`;

const statusesInTurn: Status[] = ['voorstel', 'voorstel', 'vastgesteld', 'voorstel', 'in-gesprek', 'voorstel', 'vervallen', 'voorstel', 'vastgesteld', 'in-gesprek'];
const levelsInTurn: Level[] = ['team', 'team', 'afdelings-mt', 'team', 'directie-mt', 'team', 'afdelings-mt'];
const teamOf: Record<Level, string> = { team: 'Team Test', 'afdelings-mt': 'Afdelings-MT Test', 'directie-mt': 'Directie-MT Test' };

const ruleFile = (number: number, title: string) => `---
theme: ${theme}
number: ${number}
title: ${title}
text: Je gaat met iedereen die je in je werk tegenkomt met respect om, ook als je het niet met elkaar eens bent.
source:
  document: uitvoeringsplan-cultuurtraject-2024
  section: testsectie
---
`;

/** The n-th interpretation of a rule: every one the same size, so only their number can make a page grow. */
function interpretationFile(rule: string, n: number) {
	const number = String(n).padStart(3, '0');
	const level = levelsInTurn[n % levelsInTurn.length]!;
	// Dates all differ, and do not follow the numbers, so the order on the page is the order of the dates.
	const date = new Date(Date.UTC(2025, 0, 1) + ((n * 37) % 365) * 86_400_000).toISOString().slice(0, 10);
	return {
		id: `${rule}-${number}`,
		text: `---
title: Zo spreken we af wat de regel betekent, afspraak ${number}
rule: ${rule}
team: ${teamOf[level]} ${number}
level: ${level}
status: ${statusesInTurn[n % statusesInTurn.length]}
date: ${date}
fictitious: ${n % 11 === 0}
do:
  - We bespreken het in het werkoverleg als iets niet goed ging.
dont:
  - We laten een opmerking niet liggen omdat het druk is.
dilemmas:
  - Wat doen we als het gesprek niet lukt, afspraak ${number}?
---

Wat we met elkaar afspreken over deze regel, in een paar zinnen, zodat iedereen in het team weet wat we bedoelen.
`,
	};
}

/** A team with more interpretations than one page of a team holds, and teams enough for several pages of the index. */
const bigTeam = 'Team Groot';
const bigTeamCount = 2 * teamBounds.perTeamPage + 5;
const smallTeams = 80;

let variant: ReturnType<typeof buildVariant>;
/** The variant's content, read as the build reads it. */
let content: NonNullable<ReturnType<typeof loadHandbook>['handbook']>;
beforeAll(() => {
	variant = buildVariant((content) => {
		const write = (file: string, text: string) => {
			mkdirSync(dirname(join(content, file)), { recursive: true });
			writeFileSync(join(content, file), text);
		};
		write(`rules/${theme}/testregel-veel.mdx`, ruleFile(6, 'Testregel veel'));
		write(`rules/${theme}/testregel-zes.mdx`, ruleFile(7, 'Testregel zes'));
		for (const [rule, count] of [['testregel-veel', many], ['testregel-zes', few]] as const) {
			for (let n = 1; n <= count; n++) {
				const { id, text } = interpretationFile(rule, n);
				write(`interpretations/${rule}/${id}.mdx`, text);
			}
		}
		// Many teams, and one big team: the index of teams and a team's own page must stay bounded too.
		write(`rules/${theme}/testregel-teams.mdx`, ruleFile(8, 'Testregel teams'));
		for (let n = 1; n <= bigTeamCount + smallTeams; n++) {
			const { id, text } = interpretationFile('testregel-teams', n);
			const team = n <= bigTeamCount ? bigTeam : `Team Klein ${String(n).padStart(3, '0')}`;
			write(`interpretations/testregel-teams/${id}.mdx`, text.replace(/^team: .*$/m, `team: ${team}`).replace(/^level: .*$/m, 'level: team'));
		}
	});
	content = loadHandbook(join(dirname(variant.outDir), 'content')).handbook!;
}, 300_000);
afterAll(() => variant?.remove());

const page = (route: string) => readPage(route, variant.outDir);
const size = (route: string) => statSync(builtFile(route, variant.outDir)).size;
const interpretationsOf = (rule: string) => [...content.interpretations.values()].filter((i) => i.data.rule === rule);

describe('a rule page shows what a reader needs first, however many teams added wording', () => {
	test('with 120 interpretations it shows five, says there are 120 and links to all of them', () => {
		const main = page(rulePage('testregel-veel')).querySelector('main')!;
		expect(main.querySelectorAll('.norm-interpretations .interpretation')).toHaveLength(5);
		const count = main.querySelector('.norm-interpretations__count');
		expect(textOf(count)).toMatch(new RegExp(`^Je ziet hier 5 van de ${many} afspraken van teams en MT’s over deze regel\\. Er zijn \\d+ vervallen afspraken; die staan alleen in de lijst\\. Bekijk alle afspraken van teams en MT’s over deze regel\\.$`));
		expect(count?.querySelector('a')?.getAttribute('href')).toBe(listPage('testregel-veel'));
		// Adopted wording first, the highest level first; then proposals, marked as not yet adopted.
		const shown = [...main.querySelectorAll('.norm-interpretations .interpretation')].map((card) => card.getAttribute('data-status'));
		expect(shown.slice(0, 3)).toEqual(['vastgesteld', 'vastgesteld', 'vastgesteld']);
		expect(textOf(main.querySelector('.norm-interpretations .interpretation .interpretation__meta'))).toContain('Directie-MT Test');
	});

	test('the open dilemmas are bounded too, and say how many there are', () => {
		const main = page(rulePage('testregel-veel')).querySelector('main')!;
		const dilemmas = main.querySelectorAll('ul.dilemmas > li');
		expect(dilemmas).toHaveLength(5);
		const applying = interpretationsOf('testregel-veel').filter((i) => i.data.status !== 'vervallen').length;
		expect(textOf(main.querySelector('#dilemmas + p'))).toContain(`Je ziet hier 5 van de ${applying}.`);
		// Each dilemma links to the interpretation it comes from.
		for (const dilemma of dilemmas) expect(dilemma.querySelector('a')?.getAttribute('href')).toMatch(/^\/werkversie\/interpretaties\/testregel-veel-\d{3}\/$/);
	});

	test('its HTML is no larger with 120 interpretations than with 6, and well under 100 kB', () => {
		const withMany = size(rulePage('testregel-veel'));
		const withFew = size(rulePage('testregel-zes'));
		expect(textOf(page(rulePage('testregel-zes')).querySelector('.norm-interpretations__count'))).toMatch(/^Je ziet hier 5 van de 6 afspraken/);
		expect(withMany - withFew, `${withMany} bytes with ${many}, ${withFew} with ${few}`).toBeLessThan(2_000);
		expect(withMany).toBeLessThan(100_000);
	});

	test('a rule with a few interpretations shows every one that applies, and needs no list', () => {
		const rule = 'respectvol-omgaan';
		const interpretations = interpretationsOf(rule);
		expect(interpretations.length).toBeLessThanOrEqual(5);
		const main = page(rulePage(rule)).querySelector('main')!;
		expect(main.querySelectorAll('.norm-interpretations .interpretation')).toHaveLength(interpretations.filter((i) => i.data.status !== 'vervallen').length);
		expect(main.querySelector('.norm-interpretations__count')).toBeNull();
		expect(main.querySelector(`a[href="${listPage(rule)}"]`)).toBeNull();
	});
});

describe('the list of all interpretations of a rule', () => {
	const pages = Math.ceil(many / 50);
	const rows = (route: string) => [...page(route).querySelectorAll('main [data-interpretation]')];

	test('its pages together link every interpretation once, 50 a page, in the order the list states', () => {
		const linked = Array.from({ length: pages }, (_, index) => rows(listPage('testregel-veel', index + 1)).map((row) => row.querySelector('a')!.getAttribute('href')));
		expect(linked.map((onPage) => onPage.length)).toEqual([50, 50, 20]);
		const ids = linked.flat().map((href) => /\/interpretaties\/([^/]+)\/$/.exec(href!)![1]!);
		expect([...ids].sort()).toEqual(interpretationsOf('testregel-veel').map((i) => i.id).sort());
		// As the page says: adopted, in discussion, proposed, lapsed; within each real wording before
		// examples, the directorate's MT before a department's MT before teams; the newest first.
		const rank = (id: string) => {
			const { data } = content.interpretations.get(id)!;
			return [['vastgesteld', 'in-gesprek', 'voorstel', 'vervallen'].indexOf(data.status), data.fictitious ? 1 : 0, ['directie-mt', 'afdelings-mt', 'team'].indexOf(data.level), -Date.parse(data.date)];
		};
		/** Whether a comes before b: the first key in which they differ decides. */
		const before = (a: number[], b: number[]) => {
			const differs = a.findIndex((value, i) => value !== b[i]);
			return differs === -1 || a[differs]! < b[differs]!;
		};
		const outOfOrder = ids.slice(1).filter((id, i) => !before(rank(ids[i]!), rank(id)));
		expect(outOfOrder).toEqual([]);
		const intro = textOf(page(listPage('testregel-veel')).querySelector('main'));
		expect(intro).toContain('Eerst staan de vastgestelde afspraken, dan wat in gesprek is, dan de voorstellen en als laatste wat vervallen is.');
	});

	test('each row names the team or MT, its level, the status and the date', () => {
		const row = rows(listPage('testregel-veel', 2))[0]!;
		const id = /\/interpretaties\/([^/]+)\/$/.exec(row.querySelector('a')!.getAttribute('href')!)![1]!;
		const { data } = content.interpretations.get(id)!;
		expect(textOf(row.querySelector('a'))).toBe(data.title);
		expect(textOf(row)).toContain(data.team);
		expect(row.getAttribute('data-level')).toBe(data.level);
		expect(row.querySelector('time')?.getAttribute('datetime')).toBe(data.date);
		expect(textOf(row.querySelector('.status-badges'))).toMatch(/^(Vastgesteld|In gesprek|Voorstel|Vervallen)/);
	});

	test('page 2 says where it is and leads back to page 1 and on to page 3', () => {
		const second = page(listPage('testregel-veel', 2));
		const nav = second.querySelector('nav.list-page-nav');
		expect(nav?.getAttribute('aria-label')).toBe('Pagina’s met afspraken over Testregel veel');
		expect(textOf(nav?.querySelector('.list-page-nav__position'))).toBe(`Pagina 2 van ${pages}`);
		expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(listPage('testregel-veel', 1));
		expect(textOf(nav?.querySelector('a[rel="prev"]'))).toBe('Vorige pagina');
		expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(listPage('testregel-veel', 3));
		expect(nav?.querySelector('a[aria-current="page"]')?.getAttribute('aria-label')).toBe(`Pagina 2 van ${pages}`);
		expect(page(listPage('testregel-veel', 1)).querySelector('a[rel="prev"]')).toBeNull();
		expect(page(listPage('testregel-veel', pages)).querySelector('a[rel="next"]')).toBeNull();
		expect(textOf(second.querySelector('h1'))).toBe('Afspraken over Testregel veel, pagina 2');
	});

	test('it sits under its rule: breadcrumbs, the rule marked in the menu, and out of the search index', () => {
		const second = page(listPage('testregel-veel', 2));
		const trail = [...second.querySelectorAll('nav.breadcrumbs a')];
		expect(trail.at(-1)?.getAttribute('href')).toBe(rulePage('testregel-veel'));
		expect(second.querySelector('#starlight__sidebar a[aria-current]')?.getAttribute('href')).toBe(rulePage('testregel-veel'));
		expect(second.querySelector('[data-pagefind-body]')).toBeNull();
		// Each interpretation keeps its own page in the index.
		const id = interpretationsOf('testregel-veel')[0]!.id;
		expect(page(`${work}/interpretaties/${id}/`).querySelector('[data-pagefind-body]')).not.toBeNull();
	});

	test('a published version without the list gets no page for it: the switcher on the working version’s list leads to that version’s one page that says so, never to a 404', () => {
		const route = `/gedragscode/${theme}/testregel-veel/afspraken/2/`;
		expect(existsSync(builtFile(route, variant.outDir))).toBe(false);
		const switcher = page(`${work}${route}`).querySelector('.edition-bar a[data-handbook-edition="0.1"]')?.getAttribute('href');
		expect(switcher).toBe(`/niet-in-deze-versie/?pagina=${route}`);
		expect(existsSync(builtFile('/niet-in-deze-versie/', variant.outDir))).toBe(true);
		// A list that every edition has is a page of its own in each.
		for (const edition of ['', work]) expect(isForwardingPage(readFileSync(builtFile(`${edition}/gedragscode/${theme}/respectvol-omgaan/afspraken/`, variant.outDir), 'utf8'))).toBe(false);
	});
});

test('the overview of interpretations counts per rule and links to its list, and stays small', () => {
	const overview = page(`${work}/interpretaties/`);
	const line = [...overview.querySelectorAll('[data-interpretation-line]')].find((candidate) => candidate.querySelector(`a[href="${rulePage('testregel-veel')}"]`));
	expect(textOf(line?.querySelector(`a[href="${listPage('testregel-veel')}"] [data-count]`))).toBe(`${many} afspraken`);
	// It links to rules, agreements and their lists, not to each interpretation.
	expect(overview.querySelectorAll('[data-interpretation-section] a[href*="/interpretaties/"]')).toHaveLength(0);
	expect(size(`${work}/interpretaties/`)).toBeLessThan(100_000);
});

describe('the pages of teams stay bounded, however many teams there are and however much one team wrote', () => {
	const teamIndex = (page = 1) => `${work}/teams/${page > 1 ? `${page}/` : ''}`;
	const teamPage = (name: string, page = 1) => `${work}/teams/${teamSlug(name)}/${page > 1 ? `${page}/` : ''}`;
	const teams = () => teamsOf(content.interpretations.values());

	test('the index is paged: every team and MT once, 100 a page, real teams first and the invented examples apart', () => {
		const all = teams();
		expect(all.length, 'enough teams for several pages').toBeGreaterThan(2 * teamBounds.perIndexPage);
		const pages = Math.ceil(all.length / teamBounds.perIndexPage);
		const rows = Array.from({ length: pages }, (_, index) => [...page(teamIndex(index + 1)).querySelectorAll('main [data-team]')]);
		expect(rows.map((onPage) => onPage.length)).toEqual(Array.from({ length: pages }, (_, index) => Math.min(teamBounds.perIndexPage, all.length - index * teamBounds.perIndexPage)));
		expect(existsSync(builtFile(teamIndex(pages + 1), variant.outDir))).toBe(false);
		// In the order of teamsOf: the real ones alphabetically, then the examples; each links to its page.
		expect(rows.flat().map((row) => row.querySelector('a')!.getAttribute('href'))).toEqual(all.map((team) => teamPage(team.name)));
		const examples = rows.flat().map((row) => row.hasAttribute('data-example'));
		expect(examples.indexOf(true)).toBe(all.filter((team) => !team.example).length);
		expect(textOf(page(teamIndex(2)).querySelector('h1'))).toBe('Teams en MT’s, pagina 2');
		expect(textOf(page(teamIndex(2)).querySelector('main h2'))).toBe('Teams en MT’s met afspraken (vervolg)');
		const nav = page(teamIndex(2)).querySelector('nav.list-page-nav');
		expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(teamIndex(1));
	});

	test('each page of the index is well under 100 kB, and no page is much larger than another', () => {
		const pages = Math.ceil(teams().length / teamBounds.perIndexPage);
		const sizes = Array.from({ length: pages }, (_, index) => size(teamIndex(index + 1)));
		for (const bytes of sizes) expect(bytes).toBeLessThan(100_000);
		expect(size(teamIndex(2)) - size(teamIndex(1)), sizes.join(', ')).toBeLessThan(5_000);
	});

	test('a team with many interpretations has pages of at most 20, which together hold each one once, by status', () => {
		const own = teams().find((team) => team.name === bigTeam)!.interpretations;
		expect(own).toHaveLength(bigTeamCount);
		const pages = Math.ceil(bigTeamCount / teamBounds.perTeamPage);
		const cards = Array.from({ length: pages }, (_, index) => [...page(teamPage(bigTeam, index + 1)).querySelectorAll('main [data-team-agreement]')]);
		expect(cards.map((onPage) => onPage.length)).toEqual([teamBounds.perTeamPage, teamBounds.perTeamPage, bigTeamCount - 2 * teamBounds.perTeamPage]);
		const linked = cards.flat().map((card) => card.querySelector('h3 a')!.getAttribute('href'));
		expect(linked).toEqual(own.map(({ id }) => `${work}/interpretaties/${id}/`));
		for (const card of cards.flat()) expect(card.querySelector('.interpretation__meta a')?.getAttribute('href')).toBe(rulePage('testregel-teams'));
		const second = page(teamPage(bigTeam, 2));
		expect(textOf(second.querySelector('h1'))).toBe(`${bigTeam}, pagina 2`);
		expect(textOf(second.querySelector('.list-page-nav__position'))).toBe(`Pagina 2 van ${pages}`);
		for (let number = 1; number <= pages; number++) expect(size(teamPage(bigTeam, number))).toBeLessThan(100_000);
	});
});

const routesToCheck = [rulePage('testregel-veel'), listPage('testregel-veel', 2), listPage('testregel-veel', 3), `${work}/interpretaties/`, `${work}/teams/2/`, `${work}/teams/team-groot/2/`];

describe('the pages of a long list meet the gates every page meets', () => {
	const browsing = builtSiteInChromium(() => variant.outDir);

	test.each(routesToCheck)('%s meets WCAG 2.1 AA (axe-core)', async (route) => {
		expect(await wcagProblemsInEveryViewing(browsing.browser, browsing.site.url + route, route)).toEqual([]);
	});

	test('a reader on page 2 goes back to page 1 with “Vorige pagina”', async () => {
		const tab = await browsing.browser.newPage();
		await tab.goto(browsing.site.url + listPage('testregel-veel', 2));
		await tab.getByRole('link', { name: 'Vorige pagina' }).click();
		await tab.waitForURL(`**${listPage('testregel-veel')}`);
		expect(await tab.locator('h1').textContent()).toBe('Afspraken over Testregel veel');
		await tab.close();
	});

	const hasJava = spawnSync('java', ['-version']).status === 0;
	test.runIf(hasJava)('they are valid HTML (Nu Html Checker)', { timeout: 120_000 }, () => {
		const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
		const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...routesToCheck.map((route) => builtFile(route, variant.outDir))], { encoding: 'utf8' });
		const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; message: string }[] };
		expect(messages.filter((message) => message.type === 'error').map(({ url, message }) => `${url}: ${message}`)).toEqual([]);
	});
});
