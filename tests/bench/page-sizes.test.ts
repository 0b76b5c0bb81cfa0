import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { filesOf, median, pageSizeStats, pagesOfEdition } from '../../scripts/bench/page-sizes.ts';

/** A small built site: files of given sizes at given paths. */
function fakeSite(files: Record<string, number>): string {
	const root = mkdtempSync(join(tmpdir(), 'bench-dist-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const [path, bytes] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), 'x'.repeat(bytes));
	}
	return root;
}

describe('page sizes of a built site', () => {
	test('counts every .html file, finds the largest and the median, and sums every file', () => {
		const site = fakeSite({
			'index.html': 1_000,
			'gedragscode/index.html': 3_000,
			'gedragscode/omgaan-met-anderen/niet-pesten/index.html': 7_000,
			'interpretaties/index.html': 2_000,
			'404.html': 500,
			'_astro/page.js': 40_000,
			'pagefind/pagefind.js': 30_000,
		});
		const stats = pageSizeStats(filesOf(site));
		expect(stats.pages).toBe(5);
		expect(stats.largest).toEqual({ path: 'gedragscode/omgaan-met-anderen/niet-pesten/index.html', bytes: 7_000 });
		expect(stats.medianBytes).toBe(2_000);
		expect(stats.totalBytes).toBe(83_500);
	});

	test('an even number of pages has the mean of the middle two as median', () => {
		const stats = pageSizeStats(filesOf(fakeSite({ 'a/index.html': 100, 'b/index.html': 400, 'c/index.html': 200, 'index.html': 900 })));
		expect(stats.medianBytes).toBe(300);
		expect(stats.largest?.path).toBe('index.html');
	});

	test('a site without pages has no largest page and no median', () => {
		const stats = pageSizeStats(filesOf(fakeSite({ 'style.css': 10 })));
		expect(stats).toEqual({ pages: 0, largest: null, medianBytes: null, totalBytes: 10 });
		expect(median([3, 1, 2])).toBe(2);
	});

	test('the pages of one edition leave out those of the editions inside its folder', () => {
		const files = ['index.html', '404.html', 'gedragscode/index.html', 'werkversie/index.html', 'werkversie/gedragscode/index.html', 'versies/0.1/index.html', 'werkversie/style.css'].map((path) => ({ path, bytes: 1 }));
		expect(pagesOfEdition(files, '/werkversie/', ['/', '/versies/0.1/'])).toBe(2);
		expect(pagesOfEdition(files, '/', ['/werkversie/', '/versies/0.1/'])).toBe(3);
		expect(pagesOfEdition(files, '/versies/0.1/', ['/', '/werkversie/'])).toBe(1);
	});
});
