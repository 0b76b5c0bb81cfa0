import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/astro.ts';
import { builtRoutes, readPage } from '../helpers/built-site.ts';

const robotsMeta = (route: string) => readPage(route).querySelector('meta[name="robots"]')?.getAttribute('content');

describe('search engines list only the version that applies', () => {
	test('every page of the working version, which holds proposals nobody adopted, says noindex', () => {
		const working = builtRoutes(distDir, '/werkversie/');
		expect(working.length).toBeGreaterThan(30);
		expect(working.filter((route) => robotsMeta(route) !== 'noindex')).toEqual([]);
	});

	test('no page of the newest version says noindex', () => {
		const landing = builtRoutes();
		expect(landing.length).toBeGreaterThan(30);
		expect(landing.filter((route) => robotsMeta(route) !== undefined)).toEqual([]);
	});

	test('robots.txt keeps crawlers out of the working version and the versions’ own addresses, but not the list of versions', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		expect(robots.split('\n').filter((line) => /^(User-agent|Allow|Disallow|Sitemap):/.test(line))).toEqual([
			'User-agent: *',
			'Disallow: /werkversie/',
			'Disallow: /versies/',
			'Allow: /versies/$',
		]);
	});
});
