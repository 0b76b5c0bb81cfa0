import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { realOnly } from '../../src/lib/interpretations.ts';
import { fictitiousLabel, normCrossedLabel, searchKindLabels } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtRoutes, everyEditionsRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const interpretations = [...handbook!.interpretations.values()];

describe('help is never more than two taps away', () => {
	test('the help page is the first item of the menu on every page that has a menu', () => {
		const menus = builtRoutes().map((route) => readPage(route).querySelector('#starlight__sidebar')).filter((menu) => menu !== null);
		expect(menus.length).toBeGreaterThan(30);
		expect(new Set(menus.map((menu) => menu.querySelector('a')?.getAttribute('href')))).toEqual(new Set([paths.normCrossed]));
	});

	test('every rule page of the code of conduct links to the help page from its content', () => {
		for (const rule of handbook!.rules.values()) {
			const links = [...readPage(paths.rule(rule.data.theme, rule.id)).querySelectorAll('main a')].filter((a) => a.getAttribute('href') === paths.normCrossed);
			expect(links.map(textOf), rule.id).toContain(normCrossedLabel);
		}
	});

	test('the home offers the help page among its first actions', () => {
		const actions = [...readPage(paths.home).querySelectorAll('.hero .actions a')].map((a) => a.getAttribute('href'));
		expect(actions.slice(0, 2)).toContain(paths.normCrossed);
	});
});

describe('invented examples never count as the real state of the handbook', () => {
	test('the home counts only what teams and MTs really wrote, and names the examples apart', () => {
		const status = textOf(readPage(paths.home).querySelector('.handbook-status'));
		const real = realOnly(interpretations);
		const examples = interpretations.length - real.length;
		if (real.length === 0) expect(status).toContain('Nog geen afspraken van teams of MT’s');
		else expect(status).toMatch(new RegExp(`${real.filter((i) => i.data.status === 'vastgesteld').length} vastgestelde afspra`));
		if (examples > 0) expect(status).toMatch(new RegExp(`${examples} verzonnen voorbeeld`));
	});

	test('a theme page counts no invented example as an adopted agreement', () => {
		for (const theme of handbook!.themes.values()) {
			const counts = [...readPage(paths.theme(theme.id)).querySelectorAll('.rule-list__count')].map(textOf);
			const realAdopted = realOnly(interpretations).filter((i) => i.data.status === 'vastgesteld' && handbook!.rules.get(i.data.rule ?? '')?.data.theme === theme.id);
			if (realAdopted.length === 0) expect(counts.every((count) => count.startsWith('Nog geen')), theme.id).toBe(true);
		}
	});
});

describe('every page tells the search what it is', () => {
	test('every page has a kind, with a readable Dutch label', () => {
		const labels = new Set([...Object.values(searchKindLabels), fictitiousLabel]);
		const missing = builtRoutes()
			.filter((route) => route !== '/404/')
			.filter((route) => {
				const filter = readPage(route).querySelector('[data-pagefind-filter^="soort:"]')?.getAttribute('data-pagefind-filter');
				return !filter || !labels.has(filter.slice('soort:'.length));
			});
		expect(missing).toEqual([]);
	});

	test('an invented example is of its own kind, which the search box shows above its title', () => {
		for (const { id, data } of interpretations) {
			const filter = readPage(paths.interpretation(id)).querySelector('[data-pagefind-filter^="soort:"]')?.getAttribute('data-pagefind-filter');
			expect(filter, id).toBe(`soort:${data.fictitious ? fictitiousLabel : searchKindLabels.interpretatie}`);
		}
	});
});

describe('an interpretation’s page shows where it belongs', () => {
	test.each(interpretations.map((i) => [i.id, i] as const))('%s has a trail to its rule or agreement, which the menu marks', (id, { data }) => {
		const page = readPage(paths.interpretation(id));
		const parent = data.rule ? handbook!.rules.get(data.rule)! : handbook!.agreements.get(data.agreement!)!;
		const parentHref = data.rule ? paths.rule((parent as { data: { theme: string } }).data.theme, parent.id) : paths.agreement(parent.id);
		const trail = [...page.querySelectorAll('nav.breadcrumbs a')];
		expect(trail.at(-1)?.getAttribute('href')).toBe(parentHref);
		expect(textOf(trail.at(-1))).toBe(parent.data.title);
		const marked = page.querySelector('#starlight__sidebar a[aria-current]');
		expect(marked?.getAttribute('href')).toBe(parentHref);
		expect(marked?.closest('details')?.hasAttribute('open')).toBe(true);
	});
});

test('no two links in the menu share the same text, so each says where it goes', () => {
	const menu = [...readPage(paths.codeOfConduct).querySelectorAll('#starlight__sidebar a')].map(textOf);
	expect(menu.filter((text, index) => menu.indexOf(text) !== index)).toEqual([]);
});

// The menu's list of links is rendered once per state and reused on other pages (overrides/Sidebar.astro): no page may get another's.
test('on every page of every edition the menu marks one link at most, and the page itself where the menu lists it', () => {
	const checked = everyEditionsRoutes().flatMap((route) => {
		const menu = readPage(route).querySelector('#starlight__sidebar');
		if (!menu) return [];
		const marked = [...menu.querySelectorAll('a[aria-current]')].map((a) => `${a.getAttribute('href')} (${a.getAttribute('aria-current')})`);
		const listed = [...menu.querySelectorAll('a')].some((a) => a.getAttribute('href') === route);
		expect(marked.length, route).toBeLessThanOrEqual(1);
		if (listed) expect(marked, route).toEqual([`${route} (page)`]);
		return [route];
	});
	expect(checked.length).toBeGreaterThan(100);
});
