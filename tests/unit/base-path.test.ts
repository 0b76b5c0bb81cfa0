import { describe, expect, test } from 'vitest';
import { chooseBasePath, normaliseBasePath, sitePathWarning } from '../../src/lib/base-path.ts';
import { editionsOf } from '../../src/lib/edition.ts';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('the base path the site is served under', () => {
	test('what actions/configure-pages gives, and what a person types, become one path with a slash at both ends', () => {
		expect(normaliseBasePath('/de-sociale-norm')).toBe('/de-sociale-norm/');
		expect(normaliseBasePath('de-sociale-norm/')).toBe('/de-sociale-norm/');
		expect(normaliseBasePath(' /wpi//handboek/ ')).toBe('/wpi/handboek/');
		expect(normaliseBasePath('')).toBe('/');
		expect(normaliseBasePath('/')).toBe('/');
	});

	test('a full address or a path that climbs out is refused in Dutch, naming where it came from', () => {
		expect(() => normaliseBasePath('https://voorbeeld.github.io/de-sociale-norm')).toThrow(/HANDBOOK_BASE_PATH: .*volledig adres/);
		expect(() => normaliseBasePath('//voorbeeld.github.io/x')).toThrow(/volledig adres/);
		expect(() => normaliseBasePath('/a/../b', 'de optie --base')).toThrow(/^de optie --base: .*"\.\."/);
		expect(() => normaliseBasePath('/mijn handboek')).toThrow(/"mijn handboek" mag er niet in staan/);
		expect(() => normaliseBasePath('/x?y')).toThrow(/geen bruikbaar pad/);
	});

	test('--base wins, then HANDBOOK_BASE_PATH even when empty (a custom domain), then the path of site, then /', () => {
		const site = 'https://intranet.example.nl/handboek/';
		expect(chooseBasePath({ option: '/x', environment: '/y', site })).toEqual({ basePath: '/x/', source: 'option' });
		expect(chooseBasePath({ environment: '/de-sociale-norm', site })).toEqual({ basePath: '/de-sociale-norm/', source: 'environment' });
		expect(chooseBasePath({ environment: '', site })).toEqual({ basePath: '/', source: 'environment' });
		expect(chooseBasePath({ site })).toEqual({ basePath: '/handboek/', source: 'site' });
		expect(chooseBasePath({ site: 'https://handboek.example.nl' })).toEqual({ basePath: '/', source: 'site' });
		expect(chooseBasePath({})).toEqual({ basePath: '/', source: 'default' });
	});

	test('a site address whose path differs from the base path is named, with where its links would point', () => {
		const warning = sitePathWarning('https://intranet.example.nl/handboek/', { basePath: '/de-sociale-norm/', source: 'environment' });
		expect(warning).toContain('content/organisation.yaml — site');
		expect(warning).toContain('https://intranet.example.nl/de-sociale-norm/');
		expect(sitePathWarning('https://intranet.example.nl/handboek', { basePath: '/handboek/', source: 'site' })).toBeUndefined();
		expect(sitePathWarning('https://voorbeeld.github.io', { basePath: '/de-sociale-norm/', source: 'environment' })).toBeUndefined();
		expect(sitePathWarning(undefined, { basePath: '/de-sociale-norm/', source: 'environment' })).toBeUndefined();
	});
});

describe('robots.txt', () => {
	const version = (number: string) => ({ number, label: number, date: '2026-11-23', folder: `/v/${number}`, files: {} });
	const rules = (text: string) => text.split('\n').filter((line) => /^(Allow|Disallow|Sitemap):/.test(line));

	test('keeps search engines out of the working version and the versions’ own addresses, under the base path, and names the sitemap', () => {
		const editions = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23', '/de-sociale-norm/');
		expect(rules(robotsTxt(editions, 'https://voorbeeld.github.io/de-sociale-norm/'))).toEqual([
			'Disallow: /de-sociale-norm/werkversie/',
			'Disallow: /de-sociale-norm/versies/',
			'Allow: /de-sociale-norm/versies/$',
			'Sitemap: https://voorbeeld.github.io/de-sociale-norm/sitemap-index.xml',
		]);
	});

	test('before the first version the working version is the handbook, and may be found; without site there is no sitemap line', () => {
		expect(rules(robotsTxt(editionsOf([], '/content', '2026-11-23'), undefined))).toEqual(['Disallow:']);
	});
});
