import { describe, expect, test } from 'vitest';
import { readEditions } from '../../src/lib/edition.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { exampleBadgeLabel, fictitiousLabel } from '../../src/lib/labels.ts';
import { statusDescriptions } from '../../src/lib/statuses.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * Every status badge on every page of every edition, with the interpretation it belongs to: the
 * row or card around it links to that interpretation, or the badge is on the interpretation's own
 * page. Whether it is an invented example is read from the content, not from the page.
 */
function badgesOfEveryEdition() {
	return readEditions(shippedContent).flatMap((edition) => {
		const { handbook } = loadHandbook(edition.contentFolder, shippedContent);
		const interpretations = new Map([...handbook!.interpretations.values()].map((interpretation) => [interpretation.id, interpretation.data]));
		const idIn = (href: string | null | undefined) => /\/interpretaties\/([^/]+)\/$/.exec(href ?? '')?.[1];
		return builtRoutes(undefined, edition.base).flatMap((route) => {
			const page = readPage(route);
			return [...page.querySelectorAll('.status-badges')].map((badges) => {
				const around = badges.closest('[data-interpretation], article.interpretation');
				const id = around ? idIn(around.querySelector('a[href*="/interpretaties/"]')?.getAttribute('href')) : idIn(route);
				return { where: `${route} (${id})`, data: interpretations.get(id ?? ''), badges };
			});
		});
	});
}

describe('an invented example never wears a real status badge', () => {
	const badges = badgesOfEveryEdition();

	test('every status badge belongs to an interpretation the content knows, and some to examples', () => {
		expect(badges.filter(({ data }) => !data).map(({ where }) => where)).toEqual([]);
		expect(badges.filter(({ data }) => data?.fictitious).length).toBeGreaterThan(0);
	});

	test('an example’s one badge says first that it is invented, then its status, in none of the real statuses’ colours', () => {
		const wrong = badges
			.filter(({ data }) => data?.fictitious)
			.filter(({ data, badges }) => badges.querySelectorAll('.sl-badge').length > 0 || textOf(badges) !== exampleBadgeLabel(statusDescriptions[data!.status].label))
			.map(({ where, badges }) => `${where}: ${textOf(badges)}`);
		expect(wrong).toEqual([]);
		expect(exampleBadgeLabel('Vastgesteld')).toBe(`${fictitiousLabel} · vastgesteld`);
	});

	test('a real interpretation’s badge is its status in its colour, and never says it is invented', () => {
		const wrong = badges
			.filter(({ data }) => data && !data.fictitious)
			.filter(({ data, badges }) => {
				const badge = badges.querySelector('.sl-badge');
				return textOf(badges) !== statusDescriptions[data!.status].label || !badge?.classList.contains(statusDescriptions[data!.status].badge);
			})
			.map(({ where, badges }) => `${where}: ${textOf(badges)}`);
		expect(wrong).toEqual([]);
	});
});

describe('a rule or agreement page names each link to an interpretation by where it goes', () => {
	test('two links named alike lead to the same page, and no link is named by its team alone', () => {
		const problems = readEditions(shippedContent).flatMap((edition) => {
			const { handbook } = loadHandbook(edition.contentFolder, shippedContent);
			const teams = new Set([...handbook!.interpretations.values()].map((interpretation) => interpretation.data.team));
			return builtRoutes(undefined, edition.base)
				.filter((route) => /\/(gedragscode|werkafspraken)\//.test(route))
				.flatMap((route) => {
					const links = [...readPage(route).querySelectorAll('main a[href*="/interpretaties/"]')];
					const byName = Map.groupBy(links, (link) => textOf(link));
					return [
						...[...byName].filter(([, alike]) => new Set(alike.map((link) => link.getAttribute('href'))).size > 1).map(([name]) => `${route}: “${name}” leads to different pages`),
						...[...byName.keys()].filter((name) => teams.has(name)).map((name) => `${route}: a link named only “${name}”`),
					];
				});
		});
		expect(problems).toEqual([]);
	});
});
