import { describe, expect, test } from 'vitest';
import EditionBar from '../../src/components/EditionBar.astro';
import { editionsOf, type Edition } from '../../src/lib/edition.ts';
import { linksIn, render } from './render.ts';

/**
 * The version bar on top of every page, rendered on its own for each kind of edition (older,
 * newest, working, the only one), where a build of every edition took minutes.
 */
const version = (number: string, date: string) => ({ number, label: `${number}-versie`, date, folder: `/versies/${number}`, files: {} });
const editions = editionsOf([version('0.1', '2026-10-01'), version('0.2', '2026-11-01')], '/content', '2026-12-03', '/handboek/');
const [older, newest, working] = editions as [Edition, Edition, Edition];

describe('the version bar', () => {
	test('an older version says so and leads to the same page in the newest', async () => {
		const html = await render(EditionBar, { edition: older, editions, path: '/begrippen/' });
		expect(html).toContain('Oudere versie 0.1');
		expect(linksIn(html)).toContain('Naar de nieuwste: versie 0.2 → /handboek/begrippen/');
	});

	test('the switcher offers every other version at the same page, never the one you read', async () => {
		const html = await render(EditionBar, { edition: newest, editions, path: '/begrippen/' });
		expect(linksIn(html).slice(0, 2)).toEqual(['Versie 0.1 · 0.1-versie · 1 oktober 2026 → /handboek/versies/0.1/begrippen/', 'Werkversie · nog niet gepubliceerd → /handboek/werkversie/begrippen/']);
		expect(html).not.toContain('Versie 0.2 · 0.2-versie');
	});

	test('on the list of all versions, which exists once for the site, it offers each version’s home', async () => {
		const html = await render(EditionBar, { edition: newest, editions, path: '/versies/' });
		expect(linksIn(html)).toContain('Versie 0.1 · 0.1-versie · 1 oktober 2026 → /handboek/versies/0.1/');
	});

	test('where an older version is known to lack the page, the switcher leads to its page that says so, with the path', async () => {
		const servedPaths = new Map([['0.1', new Set(['/', '/begrippen/'])]]);
		const html = await render(EditionBar, { edition: newest, editions, path: '/begrippen/nieuw/', servedPaths });
		expect(linksIn(html)).toContain('Versie 0.1 · 0.1-versie · 1 oktober 2026 → /handboek/versies/0.1/niet-in-deze-versie/?pagina=/begrippen/nieuw/');
		expect(linksIn(html)).toContain('Werkversie · nog niet gepubliceerd → /handboek/werkversie/begrippen/nieuw/');
		expect(linksIn(await render(EditionBar, { edition: newest, editions, path: '/begrippen/', servedPaths }))).toContain('Versie 0.1 · 0.1-versie · 1 oktober 2026 → /handboek/versies/0.1/begrippen/');
	});

	test('on the page that says a page is not in this version, it offers each version’s home (its script or the site assembly points them at the page)', async () => {
		const html = await render(EditionBar, { edition: newest, editions, path: '/niet-in-deze-versie/' });
		expect(linksIn(html).slice(0, 2)).toEqual(['Versie 0.1 · 0.1-versie · 1 oktober 2026 → /handboek/versies/0.1/', 'Werkversie · nog niet gepubliceerd → /handboek/werkversie/']);
	});

	test('the working version says it is not published and leads to the published one', async () => {
		const html = await render(EditionBar, { edition: working, editions });
		expect(html).toContain('nog niet gepubliceerd, stand van 3 december 2026');
		expect(linksIn(html)).toContain('Naar de gepubliceerde versie 0.2 → /handboek/');
	});

	test('before the first version is published there is nothing to switch to', async () => {
		const only = editionsOf([], '/content', '2026-12-03', '/');
		const html = await render(EditionBar, { edition: only[0]!, editions: only, path: '/begrippen/' });
		expect(html).toContain('Werkversie');
		expect(html).not.toContain('Andere versie');
	});
});
