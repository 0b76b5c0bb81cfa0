import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { buildVariant } from '../helpers/build-variant.ts';
import { everyBuiltPage, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const otherOrganisation = join(import.meta.dirname, '..', 'fixtures', 'other-organisation.yaml');
const wpi = /WPI|Amsterdam/;

let other: ReturnType<typeof buildVariant>;
beforeAll(() => {
	other = buildVariant((content) => cpSync(otherOrganisation, join(content, 'organisation.yaml')));
});
afterAll(() => other?.remove());

/** Titles of entries: content, which may name the directorate, even where the sidebar or pagination shows it. */
function contentTitles(pages: Document[]): string[] {
	const { handbook } = loadHandbook(shippedContent);
	const titled = [handbook!.themes, handbook!.rules, handbook!.topics, handbook!.agreements, handbook!.interpretations].flatMap((entries) =>
		[...entries.values()].map((entry) => entry.data.title),
	);
	const terms = [...handbook!.terms.values()].map((term) => term.data.term);
	const headings = pages.map((page) => textOf(page.querySelector('h1')));
	return [...new Set([...titled, ...terms, ...headings])].filter(Boolean).sort((a, b) => b.length - a.length);
}

test('another directorate builds its own handbook from the same code, with nothing of WPI or Amsterdam around the content', () => {
	const pages = new Map(everyBuiltPage(other.outDir).map((route) => [route, readPage(route, other.outDir)]));
	const titles = contentTitles([...pages.values()]);
	const withoutTitles = (text: string) => titles.reduce((rest, title) => rest.replaceAll(title, ' '), text);
	// Descriptions the code writes; other pages describe themselves with their own content.
	const codeDescribed = new Set([paths.agreements, paths.glossary, paths.interpretations, '/404.html', ...[...pages.keys()].filter((route) => /^\/gedragscode\/[^/]+\/$/.test(route))]);

	const found = [...pages].flatMap(([route, page]) => {
		const meta = (name: string) => page.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content') ?? '';
		const chrome: Record<string, string> = {
			header: textOf(page.querySelector('header.header')),
			sidebar: withoutTitles(textOf(page.querySelector('nav.sidebar'))),
			footer: withoutTitles([...page.querySelectorAll('main footer, .handbook-footer')].map(textOf).join(' ')),
			'title suffix': textOf(page.querySelector('title')).split(' | ').slice(1).join(' | '),
			'site name': meta('og:site_name'),
			'search (with its texts for Pagefind)': page.querySelector('handbook-search')?.outerHTML ?? '',
			...(codeDescribed.has(route) ? { description: meta('description'), 'og:description': meta('og:description') } : {}),
		};
		return Object.entries(chrome)
			.filter(([, text]) => wpi.test(text))
			.map(([part, text]) => `${route} ${part}: …${text.slice(Math.max(0, text.search(wpi) - 40), text.search(wpi) + 40)}…`);
	});
	expect(found).toEqual([]);
});

test('the other directorate’s own name, roles and contact route are where WPI’s were', () => {
	const agreements = readPage(paths.agreements, other.outDir);
	expect(textOf(agreements.querySelector('header.header'))).toContain('Samen Goed Werken');
	expect(textOf(agreements.querySelector('title'))).toBe('Werkafspraken | Samen Goed Werken');
	expect(textOf(agreements.querySelector('nav.sidebar'))).toContain('Normen van ZSB');
	expect(agreements.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('ZSB');
	const statement = readPage(paths.accessibility, other.outDir);
	expect(textOf(statement.querySelector('main'))).toContain('Meld het bij: Coördinator cultuur (ZSB).');
	expect(statement.querySelector('main a[href="https://intranet.voorbeeldstad.example/cultuur"]')).not.toBeNull();
	const licence = agreements.querySelector('.handbook-footer .content-licence a[rel="license"]');
	expect(textOf(licence)).toBe('CC BY 4.0');
	expect(licence?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.nl');
});

test('with a route set for a role around the line, the help page opens with it under "Direct hulp"; the role still unset offers only what lies outside the line', () => {
	// Both editions carry today's settings; the working version's page has the block at its top.
	const page = readPage(`/werkversie${paths.normCrossed}`, other.outDir).querySelector('main')!;
	const block = page.querySelector('.direct-help');
	expect(textOf(block?.querySelector('h2'))).toBe('Direct hulp');
	expect(textOf(page.querySelector('.sl-markdown-content h2')), 'the first heading of the page').toBe('Direct hulp');
	expect([...block!.querySelectorAll('h3')].map(textOf)).toEqual(['Meldpunt integriteit', 'Coördinator cultuur']);
	expect(block!.querySelector('a[href="mailto:meldpunt@voorbeeldstad.example"]')).not.toBeNull();
	for (const base of ['', '/werkversie']) {
		const main = readPage(`${base}${paths.normCrossed}`, other.outDir).querySelector('main')!;
		const unset = [...main.querySelectorAll('.help-role')].find((card) => textOf(card.querySelector('h3')) === 'Vertrouwenspersoon')!;
		expect(unset.hasAttribute('data-bypasses-line')).toBe(true);
		expect([...unset.querySelectorAll('.help-role__meanwhile a')].map(textOf)).toEqual(['Meldpunt integriteit']);
		expect(textOf(unset.querySelector('.help-role__missing'))).not.toMatch(/leidinggevende/i);
		const reached = [...main.querySelectorAll('.help-role')].find((card) => textOf(card.querySelector('h3')) === 'Meldpunt integriteit' && !card.closest('.direct-help'))!;
		expect(reached.querySelector('.help-role__missing')).toBeNull();
		expect(reached.querySelector('a[href="mailto:meldpunt@voorbeeldstad.example"]')).not.toBeNull();
	}
});
