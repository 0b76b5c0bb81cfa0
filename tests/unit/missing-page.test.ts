import { describe, expect, test } from 'vitest';
import { editionsOf } from '../../src/lib/edition.ts';
import { missingPageFor, samePlaceIn, servedPaths, wantedPath } from '../../src/lib/versions/missing-page.ts';

const version = (number: string) => ({ number, label: number, date: '2026-11-23', folder: `/v/${number}`, files: {} });
const [older, newest, working] = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23', '/handboek/');

describe('the one page of an edition that says a page is not in it', () => {
	test('each edition serves its own pages and the pages of older editions it lacks, as the assembly writes them', () => {
		const served = servedPaths([
			['0.1', ['/', '/weg/']],
			['0.2', ['/', '/nieuw/']],
		]);
		expect([...served.get('0.1')!]).toEqual(['/', '/weg/']);
		expect([...served.get('0.2')!].sort()).toEqual(['/', '/nieuw/', '/weg/']);
	});

	test('the switcher leads to the same page, or where an older edition is known to lack it, to that edition’s one page with the path', () => {
		const served = new Set(['/', '/gedragscode/']);
		expect(samePlaceIn(older!, '/gedragscode/', served)).toBe('/handboek/versies/0.1/gedragscode/');
		expect(samePlaceIn(older!, '/gedragscode/nieuw/', served)).toBe('/handboek/versies/0.1/niet-in-deze-versie/?pagina=/gedragscode/nieuw/');
		// A newer edition is not known when an older one is built: it has the page or a page that says it was removed.
		expect(samePlaceIn(working!, '/gedragscode/nieuw/')).toBe('/handboek/werkversie/gedragscode/nieuw/');
	});

	test('the 404 page sends an address to the one page of the edition it belongs to, the newest version at its own address too', () => {
		const bases = [{ base: older!.base }, { base: newest!.base, alias: '/handboek/versies/0.2/' }, { base: working!.base }];
		expect(missingPageFor('/handboek/versies/0.1/gedragscode/nieuw/', bases)).toBe('/handboek/versies/0.1/niet-in-deze-versie/?pagina=/gedragscode/nieuw/');
		expect(missingPageFor('/handboek/werkversie/begrippen/weg/', bases)).toBe('/handboek/werkversie/niet-in-deze-versie/?pagina=/begrippen/weg/');
		expect(missingPageFor('/handboek/versies/0.2/begrippen/weg/', bases)).toBe('/handboek/niet-in-deze-versie/?pagina=/begrippen/weg/');
		expect(missingPageFor('/handboek/gedragscode/weg/', bases)).toBe('/handboek/niet-in-deze-versie/?pagina=/gedragscode/weg/');
		// Outside the site, the one page itself or the 404 page's own file: no loop, and /404.html stays itself.
		expect(missingPageFor('/handboek/404.html', bases)).toBeUndefined();
		expect(missingPageFor('/elders/', bases)).toBeUndefined();
		expect(missingPageFor('/handboek/werkversie/niet-in-deze-versie/', bases)).toBeUndefined();
	});

	test('only a path within the edition is read from ?pagina=, never an address elsewhere', () => {
		expect(wantedPath('/gedragscode/thema/regel/')).toBe('/gedragscode/thema/regel/');
		expect(wantedPath('/handreiking-sociale-norm-0.1.pdf')).toBe('/handreiking-sociale-norm-0.1.pdf');
		for (const bad of [null, '', 'gedragscode/', '//elders.example/', 'https://elders.example/', '/../', '/a/./b/', '/<script>/', '/a b/']) expect(wantedPath(bad)).toBeUndefined();
	});
});
