import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { editionsOf } from '../../src/lib/edition.ts';
import { assembleSite, nearestPage } from '../../src/build/assemble-site.ts';
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
	test('a missing page is made from the edition’s own template: its header and version bar, the heading and links filled in, the template itself gone', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23');
		const site = join(root, 'site');
		const newestOut = builtEdition('nieuwst', ['/']);
		const template = join(newestOut, 'niet-in-deze-versie', 'index.html');
		mkdirSync(dirname(template), { recursive: true });
		writeFileSync(
			template,
			'<html><head><title>HANDBOOK-MISSING-TITLE | Handboek</title><link rel="stylesheet" href="/_astro/site.css"></head><body data-astro-cid-page><header>Handboek</header><main><div class="edition-bar"><a href="/werkversie/niet-in-deze-versie/">Werkversie</a></div><h1 id="_top">HANDBOOK-MISSING-TITLE</h1><p>HANDBOOK-MISSING-BODY</p></main></body></html>',
		);
		assembleSite([{ edition: newest!, outDir: newestOut }, { edition: working!, outDir: builtEdition('werk', ['/', '/gedragscode/thema/regel/']) }], site, 'Handboek');
		const page = readFileSync(join(site, 'gedragscode/thema/regel/index.html'), 'utf8');
		expect(page).toBe(
			'<html><head><title>“werk /gedragscode/thema/regel/” staat niet in versie 0.1 | Handboek</title><link rel="stylesheet" href="/_astro/site.css"></head><body data-handbook-forward data-astro-cid-page><header>Handboek</header><main><div class="edition-bar"><a href="/werkversie/gedragscode/thema/regel/">Werkversie</a></div><h1 id="_top">“werk /gedragscode/thema/regel/” staat niet in versie 0.1</h1><p>Deze pagina staat wel in <a href="/werkversie/gedragscode/thema/regel/">de werkversie</a>.</p>\n<p><a href="/" data-handbook-nearest>Ga naar “nieuwst /” in versie 0.1</a></p></main></body></html>',
		);
		expect(forwardsTo(join(site, 'gedragscode/thema/regel/index.html'))).toBe('/');
		expect(existsSync(join(site, 'niet-in-deze-versie'))).toBe(false);
	});

	test('the manifest of an edition lists each page Astro built with the title readers see: not the 404 page, the feed or the template of missing pages', () => {
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

	test('each edition lands under its base, and a page one edition lacks forwards to its nearest page: the switcher never ends in a 404', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [older, newest, working] = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');
		const site = join(root, 'site');
		const { forwards } = assembleSite(
			[
				{ edition: working!, outDir: builtEdition('werk', ['/', '/gedragscode/', '/gedragscode/thema/', '/gedragscode/thema/nieuw/']) },
				{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/gedragscode/', '/gedragscode/thema/']) },
				{ edition: older!, outDir: builtEdition('oud', ['/', '/gedragscode/']) },
			],
			site,
			'Handboek',
		);
		expect(readFileSync(join(site, 'gedragscode/thema/index.html'), 'utf8')).toContain('nieuwst /gedragscode/thema/');
		expect(readFileSync(join(site, 'werkversie/gedragscode/thema/nieuw/index.html'), 'utf8')).toContain('werk /gedragscode/thema/nieuw/');
		expect(readFileSync(join(site, 'versies/0.1/gedragscode/index.html'), 'utf8')).toContain('oud /gedragscode/');
		// A rule that is only in the working version: the published versions send the reader to its theme, or further up.
		expect(forwardsTo(join(site, 'gedragscode/thema/nieuw/index.html'))).toBe('/gedragscode/thema/');
		expect(forwardsTo(join(site, 'versies/0.1/gedragscode/thema/nieuw/index.html'))).toBe('/versies/0.1/gedragscode/');
		// The newest version's own address keeps working while it is served at /.
		expect(forwardsTo(join(site, 'versies/0.2/gedragscode/thema/index.html'))).toBe('/gedragscode/thema/');
		expect(forwardsTo(join(site, 'versies/0.2/gedragscode/thema/nieuw/index.html'))).toBe('/gedragscode/thema/');
		expect(forwards).toBe(7);
	});

	test('under a base path, files keep their place in the site and the pages it adds link within the base path', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23', '/de-sociale-norm/');
		const site = join(root, 'site');
		assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/', '/gedragscode/']) }, { edition: working!, outDir: builtEdition('werk', ['/', '/gedragscode/', '/gedragscode/nieuw/']) }], site, 'Handboek');
		expect(readFileSync(join(site, 'werkversie/gedragscode/nieuw/index.html'), 'utf8')).toContain('werk /gedragscode/nieuw/');
		expect(existsSync(join(site, 'de-sociale-norm'))).toBe(false);
		expect(forwardsTo(join(site, 'gedragscode/nieuw/index.html'))).toBe('/de-sociale-norm/gedragscode/');
		expect(forwardsTo(join(site, 'versies/0.1/gedragscode/index.html'))).toBe('/de-sociale-norm/gedragscode/');
	});

	test('where a version lacks a page, the reader is told which page, in Dutch, and offered the nearest one by name', () => {
		root = mkdtempSync(join(tmpdir(), 'assemble-'));
		const [newest, working] = editionsOf([version('0.1')], '/content', '2026-11-23');
		const site = join(root, 'site');
		assembleSite([{ edition: newest!, outDir: builtEdition('nieuwst', ['/']) }, { edition: working!, outDir: builtEdition('werk', ['/', '/begrippen/']) }], site, 'Handboek <&>');
		const page = readFileSync(join(site, 'begrippen/index.html'), 'utf8');
		expect(page).toContain('<html lang="nl">');
		expect(page).toContain('<h1>“werk /begrippen/” staat niet in versie 0.1</h1>');
		expect(page).toContain('<p>Deze pagina staat wel in <a href="/werkversie/begrippen/">de werkversie</a>.</p>');
		expect(page).toContain('<a href="/" data-handbook-nearest>Ga naar “nieuwst /” in versie 0.1</a>');
		expect(page).not.toContain('http-equiv="refresh"');
		expect(page).toContain('Handboek &lt;&amp;&gt;');
		expect(existsSync(join(site, 'werkversie/begrippen/index.html'))).toBe(true);
	});
});
