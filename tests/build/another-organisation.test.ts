import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { routes } from '../../src/lib/routes.ts';
import { projectRoot, runAstro } from '../helpers/astro.ts';
import { everyBuiltPage, readPage, textOf } from '../helpers/built-site.ts';

const otherOrganisation = join(import.meta.dirname, '..', 'fixtures', 'other-organisation.yaml');
const wpi = /WPI|Amsterdam/;

/** The handbook's content with another directorate's organisation file, built into its own folder. */
function buildForAnotherDirectorate() {
	const root = mkdtempSync(join(tmpdir(), 'handbook-other-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	const content = join(root, 'content');
	cpSync(join(projectRoot, 'content'), content, { recursive: true });
	cpSync(otherOrganisation, join(content, 'organisation.yaml'));
	const site = join(root, 'dist');
	const result = runAstro(['build', '--outDir', site], { HANDBOOK_CONTENT: content });
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
	return { content, site };
}

/** Titles of entries: content, which may name the directorate, even where the sidebar or pagination shows it. */
function contentTitles(content: string, pages: Document[]): string[] {
	const { handbook } = loadHandbook(content);
	const titled = [handbook!.themes, handbook!.rules, handbook!.topics, handbook!.agreements, handbook!.interpretations].flatMap((entries) =>
		[...entries.values()].map((entry) => entry.data.title),
	);
	const terms = [...handbook!.terms.values()].map((term) => term.data.term);
	const headings = pages.map((page) => textOf(page.querySelector('h1')));
	return [...new Set([...titled, ...terms, ...headings])].filter(Boolean).sort((a, b) => b.length - a.length);
}

test('another directorate builds its own handbook from the same code, with nothing of WPI or Amsterdam around the content', { timeout: 240_000 }, () => {
	const { content, site } = buildForAnotherDirectorate();
	const pages = new Map(everyBuiltPage(site).map((route) => [route, readPage(route, site)]));
	const titles = contentTitles(content, [...pages.values()]);
	const withoutTitles = (text: string) => titles.reduce((rest, title) => rest.replaceAll(title, ' '), text);
	// Descriptions the code writes; other pages describe themselves with their own content.
	const codeDescribed = new Set([routes.codeOfConduct, routes.agreements, routes.glossary, routes.interpretations, '/404.html', ...[...pages.keys()].filter((route) => /^\/gedragscode\/[^/]+\/$/.test(route))]);

	const found = [...pages].flatMap(([route, page]) => {
		const meta = (name: string) => page.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content') ?? '';
		const chrome: Record<string, string> = {
			header: textOf(page.querySelector('header.header')),
			sidebar: withoutTitles(textOf(page.querySelector('nav.sidebar'))),
			footer: withoutTitles([...page.querySelectorAll('main footer, .handbook-footer')].map(textOf).join(' ')),
			'title suffix': textOf(page.querySelector('title')).split(' | ').slice(1).join(' | '),
			'site name': meta('og:site_name'),
			'search (with its texts for Pagefind)': page.querySelector('site-search')?.outerHTML ?? '',
			...(codeDescribed.has(route) ? { description: meta('description'), 'og:description': meta('og:description') } : {}),
		};
		return Object.entries(chrome)
			.filter(([, text]) => wpi.test(text))
			.map(([part, text]) => `${route} ${part}: …${text.slice(Math.max(0, text.search(wpi) - 40), text.search(wpi) + 40)}…`);
	});
	expect(found).toEqual([]);

	// The other directorate's own name is where WPI's was.
	const agreements = readPage(routes.agreements, site);
	expect(textOf(agreements.querySelector('header.header'))).toContain('Samen Goed Werken');
	expect(textOf(agreements.querySelector('title'))).toBe('Werkafspraken | Samen Goed Werken');
	expect(textOf(agreements.querySelector('nav.sidebar'))).toContain('Normen van ZSB');
	expect(agreements.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('ZSB');
	expect(textOf(readPage(routes.accessibility, site).querySelector('main'))).toContain('coördinator cultuur van ZSB');
});
