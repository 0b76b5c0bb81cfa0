import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { buildEnv, projectRoot } from '../helpers/astro.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { builtRoutes, forwardTarget, readPage } from '../helpers/built-site.ts';
import { minimalContent } from '../helpers/content-fixture.ts';
import { publishVersion } from '../helpers/run-script.ts';
import { brokenLinks } from '../helpers/site-links.ts';

/**
 * The handbook as GitHub Pages serves a project site, at https://voorbeeld.github.io/de-sociale-norm/.
 * One build: HANDBOOK_BASE_PATH as the Pages workflow passes configure-pages' base_path (no slash at
 * the end), `site` set to that address, and a rule only in the working version, so that the
 * published version 0.1 (served at the base path) lacks a page the working version has. Built from
 * the minimal test handbook with a plain page for each of the handbook's own pages, published as 0.1: two editions of a few pages each.
 */
const basePath = '/de-sociale-norm/';
const origin = 'https://voorbeeld.github.io';
const site = `${origin}${basePath}`;
const newRule = 'gedragscode/omgaan-met-anderen/testregel-werk/';
const rulePage = paths.rule('omgaan-met-anderen', 'respectvol-omgaan').slice(1);

let variant: ReturnType<typeof buildVariant>;
beforeAll(() => {
	variant = buildVariant(
		(content) => {
			setYamlLine(join(content, 'organisation.yaml'), 'site', site);
			// A plain page for each of the handbook's own pages the sidebar links to (home, about, accessibility, …).
			cpSync(join(import.meta.dirname, '..', 'fixtures', 'own-pages'), join(content, 'docs'), { recursive: true });
			publishVersion(content, ['0.1', '--label', 'Eerste versie', '--bevestig']);
			writeFileSync(
				join(content, 'rules', 'testregel-werk.mdx'),
				'---\ntheme: omgaan-met-anderen\nnumber: 7\ntitle: Testregel werk\ntext: Een regel die alleen in de werkversie staat.\nsource:\n  document: testplan\n  section: testsectie\n---\n',
			);
		},
		{ HANDBOOK_BASE_PATH: '/de-sociale-norm' },
		minimalContent,
	);
}, 300_000);
afterAll(() => variant?.remove());
const browsing = builtSiteInChromium(() => variant.outDir, [], basePath);

const file = (path: string) => readFileSync(join(variant.outDir, path), 'utf8');

describe('a site built for a base path', () => {
	test('the build says which base path it built for, and where that came from', () => {
		expect(variant.output).toContain('De site wordt gebouwd voor /de-sociale-norm/ (HANDBOOK_BASE_PATH).');
		expect(variant.output).not.toContain('Let op: content/organisation.yaml — site');
	});

	test('every link, stylesheet, script, forward, feed and sitemap entry of every edition resolves under the base path', () => {
		// Every edition is there: the newest version, its own address, the working version, and each one's page that says a page is not in it.
		for (const page of ['index.html', 'versies/0.1/index.html', 'werkversie/index.html', `werkversie/${newRule}index.html`, 'niet-in-deze-versie/index.html', 'werkversie/niet-in-deze-versie/index.html', '404.html', 'wat-is-er-nieuw.xml', 'sitemap-index.xml', 'robots.txt']) {
			expect(existsSync(join(variant.outDir, page)), page).toBe(true);
		}
		expect(builtRoutes(variant.outDir, '/werkversie/').length).toBeGreaterThan(15);
		expect(brokenLinks(variant.outDir, { origin, basePath })).toEqual([]);
		// Served at /, these pages would break: every address in them carries the base path.
		const home = readPage('/', variant.outDir);
		const addresses = [...home.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
		expect(addresses.length).toBeGreaterThan(10);
		expect(addresses.filter((address) => !address.startsWith(basePath))).toEqual([]);
	});

	test('the version switcher and the pages the build adds link within the base path', () => {
		expect(existsSync(join(variant.outDir, newRule))).toBe(false);
		expect(readPage(`/werkversie/${newRule}`, variant.outDir).querySelector('.edition-bar a[data-handbook-edition="0.1"]')?.getAttribute('href')).toBe(`${basePath}niet-in-deze-versie/?pagina=/${newRule}`);
		expect(forwardTarget(file('versies/0.1/begrippen/index.html'))).toBe('/de-sociale-norm/begrippen/');
	});

	test('the feed, the sitemap and canonical links use the site’s address with the base path', () => {
		expect(file('wat-is-er-nieuw.xml')).toContain(`<link href="${site}versies/0.1/wijzigingen/"/>`);
		const canonical = readPage('/begrippen/', variant.outDir).querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical).toBe(`${site}begrippen/`);
		expect(file('sitemap-0.xml')).toContain(`<loc>${site}begrippen/</loc>`);
	});

	test('the working version says noindex, the newest does not; robots.txt says the same under the base path and names the sitemap', () => {
		const robotsMeta = (route: string) => readPage(route, variant.outDir).querySelector('meta[name="robots"]')?.getAttribute('content');
		expect([robotsMeta('/werkversie/'), robotsMeta('/'), robotsMeta('/versies/')]).toEqual(['noindex', undefined, undefined]);
		expect(file('robots.txt').split('\n').filter((line) => /^(Allow|Disallow|Sitemap):/.test(line))).toEqual([
			'Disallow: /de-sociale-norm/werkversie/',
			'Disallow: /de-sociale-norm/versies/',
			'Allow: /de-sociale-norm/versies/$',
			`Sitemap: ${site}sitemap-index.xml`,
		]);
	});
});

describe('reading the site at its base path in Chromium', () => {
	let page: Page;
	const failed: string[] = [];
	beforeAll(async () => {
		page = await browsing.browser.newPage();
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
		});
	});

	/** Types a word in the real search box of the page at `route`, and follows the first result: the results' paths, and where it landed. */
	async function searchAndFollow(route: string, word: string): Promise<{ results: string[]; opened: string }> {
		await page.goto(browsing.site.url + route);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.locator('[data-search-input]').pressSequentially(word);
		const links = page.locator('.search-result__link');
		await links.first().waitFor();
		const results = (await links.evaluateAll((found) => found.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname);
		await Promise.all([page.waitForURL((url) => url.pathname === results[0]), links.first().click()]);
		return { results, opened: new URL(page.url()).pathname };
	}

	test('a word typed in the search box finds its page, and the result opens it', async () => {
		failed.length = 0;
		const { results, opened } = await searchAndFollow('/', 'respectvol');
		expect(results).toContain(`${basePath}${rulePage}`);
		expect(results.every((result) => result.startsWith(basePath) && !result.startsWith(`${basePath}werkversie/`))).toBe(true);
		expect(opened).toBe(results[0]);
		expect(await page.locator('h1').first().textContent()).toMatch(/respectvol/i);
		expect(failed).toEqual([]);
	});

	test('in the working version, the search finds the working version’s pages', async () => {
		failed.length = 0;
		const { results, opened } = await searchAndFollow('/werkversie/', 'testregel');
		expect(results).toContain(`${basePath}werkversie/${newRule}`);
		expect(results.every((result) => result.startsWith(`${basePath}werkversie/`))).toBe(true);
		expect(opened).toBe(results[0]);
		expect(failed).toEqual([]);
	});

	test('without JavaScript, an address that does not exist shows the Dutch 404 page with its styles', async () => {
		const context = await browsing.browser.newContext({ javaScriptEnabled: false });
		try {
			const plain = await context.newPage();
			const response = await plain.goto(`${browsing.site.url}/bestaat-niet/`);
			expect(response?.status()).toBe(404);
			expect(await plain.locator('h1').first().textContent()).toBe('Deze pagina bestaat niet');
			expect(await plain.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
	});

	test('with JavaScript, the 404 page sends an old link to the page of its version that says what is missing and where it is', async () => {
		const response = await page.goto(`${browsing.site.url}/${newRule}`, { waitUntil: 'commit' });
		expect(response?.status()).toBe(404);
		await page.waitForURL((url) => url.pathname === `${basePath}niet-in-deze-versie/`);
		await page.locator('[data-handbook-missing-details][data-resolved]').waitFor();
		expect(await page.locator('h1').first().textContent()).toBe('“Testregel werk” staat niet in versie 0.1');
		expect(await page.locator('[data-handbook-missing-details] a').first().getAttribute('href')).toBe(`${basePath}werkversie/${newRule}`);
		expect(await page.locator('[data-handbook-nearest]').getAttribute('href')).toBe(`${basePath}gedragscode/omgaan-met-anderen/`);
		expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
	});
});

describe('npm run preview', () => {
	test('serves the built site at its base path', async () => {
		const port = 4900 + Math.floor(Math.random() * 90);
		const preview = spawn(process.execPath, [join(projectRoot, 'scripts', 'preview.ts'), '--outDir', variant.outDir, '--port', String(port), '--host', '127.0.0.1'], {
			cwd: projectRoot,
			env: buildEnv({ HANDBOOK_CONTENT: variant.content, HANDBOOK_BASE_PATH: '/de-sociale-norm' }),
		});
		try {
			const served = `http://127.0.0.1:${port}${basePath}`;
			await expect.poll(() => fetch(served).then((response) => response.status, () => 0), { timeout: 60_000, interval: 500 }).toBe(200);
			expect(await (await fetch(`${served}werkversie/`)).text()).toContain('Werkversie');
			expect((await fetch(`${served}pagefind/pagefind.js`)).status).toBe(200);
		} finally {
			preview.kill();
		}
	}, 90_000);
});
