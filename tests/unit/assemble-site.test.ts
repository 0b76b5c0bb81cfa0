import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { editionsOf } from '../../src/lib/edition.ts';
import { assembleSite, nearestPage } from '../../src/build/assemble-site.ts';
import { placeEditions, type PlacedEditions } from '../../src/build/place-editions.ts';
import { pageManifestFile, pagesBuilt, writePageManifest } from '../../src/build/page-manifest.ts';
import { forwardTarget } from '../helpers/built-site.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built edition with these pages, each saying which edition and page it is, and its manifest. */
function builtEdition(name: string, pages: string[]): string {
	const outDir = join(root, 'built', name);
	for (const page of pages) {
		const file = join(outDir, page, 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `<title>${name} ${page} | Handboek</title>`);
	}
	writePageManifest(outDir, pages.map((path) => ({ path, title: `${name} ${path}` })));
	return outDir;
}
const version = (number: string) => ({ number, label: number, date: '2026-11-23', folder: `/v/${number}`, files: {} });
/** Where a page built by assembleSite sends the reader on to, if it is such a page. */
const forwardsTo = (file: string) => forwardTarget(readFileSync(file, 'utf8'));

describe('one site from several editions', () => {
	/** An edition's one page "staat niet in deze versie", as the build makes it from src/pages/niet-in-deze-versie.astro. */
	const onePage = (outDir: string, edition: string, switcher: string) => {
		const file = join(outDir, 'niet-in-deze-versie', 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(
			file,
			`<html lang="nl"><head><title>Deze pagina staat niet in ${edition} | Handboek</title><link rel="canonical" href="/niet-in-deze-versie/"></head><body><div class="edition-bar">${switcher}</div><h1 id="_top">Deze pagina staat niet in ${edition}</h1><div data-handbook-missing-details data-edition="x"><p>Algemeen.</p></div><ul><li><a href="/">Voorpagina</a></li></ul></body></html>`,
		);
	};

	test('a page an older version has and a newer one lacks is made from the newer one’s one page: heading, text and switcher filled in', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23');
		const site = join(root, 'site');
		const workOut = builtEdition('werk', ['/']);
		onePage(workOut, 'de werkversie', '<a href="/" data-handbook-edition="0.1">Versie 0.1</a>');
		const { removed } = assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/gedragscode/thema/regel/']) }, { edition: working!, outDir: workOut }], site, 'Handboek');
		expect(removed).toBe(1);
		expect(readFileSync(join(site, 'werkversie/gedragscode/thema/regel/index.html'), 'utf8')).toBe(
			'<html data-handbook-forward lang="nl"><head><title>“nieuwst /gedragscode/thema/regel/” staat niet in de werkversie | Handboek</title><link rel="canonical" href="/gedragscode/thema/regel/"></head><body><div class="edition-bar"><a href="/gedragscode/thema/regel/" data-handbook-edition="0.1">Versie 0.1</a></div><h1 id="_top">“nieuwst /gedragscode/thema/regel/” staat niet in de werkversie</h1><div data-handbook-missing-details><p>Deze pagina staat wel in <a href="/gedragscode/thema/regel/">versie 0.1</a>.</p>\n<p><a href="/werkversie/" data-handbook-nearest>Ga naar “werk /” in de werkversie</a></p></div><ul><li><a href="/">Voorpagina</a></li></ul></body></html>',
		);
		expect(forwardsTo(join(site, 'werkversie/gedragscode/thema/regel/index.html'))).toBe('/werkversie/');
		// The one page itself stays: the switcher and the 404 page lead there.
		expect(existsSync(join(site, 'werkversie/niet-in-deze-versie/index.html'))).toBe(true);
	});

	test('the manifest of an edition lists each page Astro built with the title readers see: not the 404 page, the feed or the one page “staat niet in deze versie”', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const outDir = builtEdition('a', ['/', '/gedragscode/thema/regel/', '/niet-in-deze-versie/']);
		writeFileSync(join(outDir, 'gedragscode/thema/regel/index.html'), '<title>Regels &amp; afspraken: &quot;samen&quot; | Handboek | WPI</title>');
		writeFileSync(join(outDir, '404.html'), '<title>Niet gevonden | Handboek</title>');
		writeFileSync(join(outDir, 'feed.xml'), '');
		expect(pagesBuilt(outDir, ['', 'gedragscode/thema/regel/', '404', 'feed.xml', 'niet-in-deze-versie/'])).toEqual([
			{ path: '/', title: 'a /' },
			{ path: '/gedragscode/thema/regel/', title: 'Regels & afspraken: "samen" | Handboek' },
		]);
	});

	test('the manifest finds a title however long the head before it, with a letter such as “ë” read whole where the file is read in pieces', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const outDir = builtEdition('a', ['/lang/']);
		// The title starts one byte before 8 KiB, so the two bytes of its "ë" lie on both sides of that boundary.
		const head = `<meta name="x" content="${'x'.repeat(8191 - 26 - '<title>'.length)}">`;
		writeFileSync(join(outDir, 'lang/index.html'), `${head}<title>ëerst ${'lang '.repeat(4000)}| Handboek</title><main>${'tekst '.repeat(10_000)}</main>`);
		expect(Buffer.byteLength(head) + '<title>'.length).toBe(8191);
		expect(pagesBuilt(outDir, ['lang/'])).toEqual([{ path: '/lang/', title: `ëerst ${'lang '.repeat(4000).trimEnd()}` }]);
	});

	test('the manifest does not reach the site', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23');
		const site = join(root, 'site');
		assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/']) }, { edition: working!, outDir: builtEdition('werk', ['/']) }], site, 'Handboek');
		expect(existsSync(join(site, pageManifestFile))).toBe(false);
		expect(existsSync(join(site, 'werkversie', pageManifestFile))).toBe(false);
	});

	test('the nearest page is the page itself, else the closest one above it, else the home page', () => {
		const pages = new Set(['/', '/gedragscode/', '/gedragscode/thema/']);
		expect(nearestPage('/gedragscode/thema/', pages)).toBe('/gedragscode/thema/');
		expect(nearestPage('/gedragscode/thema/nieuwe-regel/', pages)).toBe('/gedragscode/thema/');
		expect(nearestPage('/interpretaties/een-afspraak/', pages)).toBe('/');
	});

	test('a page added later gets no page in the older versions (the switcher leads to their one page); a page removed later gets one in each newer version', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [older, newest, working] = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');
		const site = join(root, 'site');
		const { pages, removed, forwards } = assembleSite(
			[
				{ edition: older!, outDir: builtEdition('oud', ['/', '/gedragscode/', '/gedragscode/weg/']) },
				{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/gedragscode/', '/gedragscode/thema/']) },
				{ edition: working!, outDir: builtEdition('werk', ['/', '/gedragscode/', '/gedragscode/thema/', '/gedragscode/thema/nieuw/']) },
			],
			site,
			'Handboek',
		);
		expect(readFileSync(join(site, 'gedragscode/thema/index.html'), 'utf8')).toContain('nieuwst /gedragscode/thema/');
		expect(readFileSync(join(site, 'werkversie/gedragscode/thema/nieuw/index.html'), 'utf8')).toContain('werk /gedragscode/thema/nieuw/');
		expect(readFileSync(join(site, 'versies/0.1/gedragscode/index.html'), 'utf8')).toContain('oud /gedragscode/');
		// Added later: nothing written for it in the older versions.
		expect(existsSync(join(site, 'gedragscode/thema/nieuw'))).toBe(false);
		expect(existsSync(join(site, 'versies/0.1/gedragscode/thema'))).toBe(false);
		// Removed after 0.1: 0.2 and the working version say so and lead to the nearest page they have.
		expect(forwardsTo(join(site, 'gedragscode/weg/index.html'))).toBe('/gedragscode/');
		expect(forwardsTo(join(site, 'werkversie/gedragscode/weg/index.html'))).toBe('/werkversie/gedragscode/');
		// The newest version's own address keeps working while it is served at /.
		expect(forwardsTo(join(site, 'versies/0.2/gedragscode/thema/index.html'))).toBe('/gedragscode/thema/');
		expect(forwardsTo(join(site, 'versies/0.2/gedragscode/weg/index.html'))).toBe('/gedragscode/weg/');
		expect(existsSync(join(site, 'versies/0.2/gedragscode/thema/nieuw'))).toBe(false);
		expect({ pages, removed, forwards }).toEqual({ pages: 10, removed: 2, forwards: 4 });
	});

	test('the pages written grow with the pages removed, not with pages × versions', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const many = (count: number) => Array.from({ length: count }, (_, index) => `/interpretaties/afspraak-${index}/`);
		const versions = ['0.1', '0.2', '0.3', '0.4'].map(version);
		const editions = editionsOf(versions, '/content', '2026-11-23');
		// Each version adds 30 pages; the working version removes one.
		const built = editions.map((edition, index) => ({ edition, outDir: builtEdition(edition.id, ['/', ...many(30 * (index + 1)).slice(edition.published ? 0 : 1)]) }));
		const { removed, forwards } = assembleSite(built, join(root, 'site'), 'Handboek');
		expect(removed).toBe(1);
		// Once, for the newest version's own address: its 121 pages.
		expect(forwards).toBe(121);
	});

	test('under a base path, files keep their place in the site and the pages it adds link within the base path', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23', '/de-sociale-norm/');
		const site = join(root, 'site');
		assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/gedragscode/', '/gedragscode/weg/']) }, { edition: working!, outDir: builtEdition('werk', ['/', '/gedragscode/']) }], site, 'Handboek');
		expect(readFileSync(join(site, 'werkversie/gedragscode/index.html'), 'utf8')).toContain('werk /gedragscode/');
		expect(existsSync(join(site, 'de-sociale-norm'))).toBe(false);
		expect(forwardsTo(join(site, 'werkversie/gedragscode/weg/index.html'))).toBe('/de-sociale-norm/werkversie/gedragscode/');
		expect(forwardsTo(join(site, 'versies/0.1/gedragscode/index.html'))).toBe('/de-sociale-norm/gedragscode/');
	});

	test('versions placed while the working version is built give the same site as placing all at the end, their files linked', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [older, newest, working] = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');
		const editions = (name: string) => [
			{ edition: older!, outDir: builtEdition(`${name}-oud`, ['/', '/gedragscode/', '/gedragscode/weg/']), placing: 'link' as const },
			{ edition: newest!, outDir: builtEdition(`${name}-nieuwst`, ['/', '/gedragscode/']), placing: 'link' as const },
			{ edition: working!, outDir: builtEdition(`${name}-werk`, ['/', '/gedragscode/', '/gedragscode/nieuw/']), placing: 'move' as const },
		];
		const atOnce = editions('samen');
		const together = assembleSite(atOnce, join(root, 'samen'), 'Handboek');
		const early = editions('vooraf');
		const placed: PlacedEditions = new Map();
		placeEditions(early.slice(0, 2), join(root, 'vooraf'), placed);
		// The kept versions are in the site before the working version is.
		expect(readFileSync(join(root, 'vooraf/versies/0.1/gedragscode/weg/index.html'), 'utf8')).toContain('vooraf-oud /gedragscode/weg/');
		expect(existsSync(join(root, 'vooraf/werkversie'))).toBe(false);
		const afterwards = assembleSite(early, join(root, 'vooraf'), 'Handboek', placed);
		expect(afterwards).toEqual(together);
		const files = (site: string) => readdirSync(join(root, site), { recursive: true, encoding: 'utf8' }).sort();
		expect(files('vooraf')).toEqual(files('samen'));
		expect(readFileSync(join(root, 'vooraf/werkversie/gedragscode/weg/index.html'), 'utf8')).toContain('staat niet in de werkversie');
		expect(statSync(join(root, 'vooraf/versies/0.1/index.html')).ino).toBe(statSync(join(early[0]!.outDir, 'index.html')).ino);
	});

	test('where a version lacks a page, the reader is told which page, in Dutch, and offered the nearest one by name', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23');
		const site = join(root, 'site');
		assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/begrippen/']) }, { edition: working!, outDir: builtEdition('werk', ['/']) }], site, 'Handboek <&>');
		const page = readFileSync(join(site, 'werkversie/begrippen/index.html'), 'utf8');
		expect(page).toContain('<html lang="nl" data-handbook-forward>');
		expect(page).toContain('<h1>“nieuwst /begrippen/” staat niet in de werkversie</h1>');
		expect(page).toContain('<p>Deze pagina staat wel in <a href="/begrippen/">versie 0.1</a>.</p>');
		expect(page).toContain('<a href="/werkversie/" data-handbook-nearest>Ga naar “werk /” in de werkversie</a>');
		expect(page).not.toContain('http-equiv="refresh"');
		expect(page).toContain('Handboek &lt;&amp;&gt;');
	});
});
