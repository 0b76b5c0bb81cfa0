import { describe, expect, test } from 'vitest';
import { fit2, fitLine, fitModel, modelSection, predict, editionsWithinPagesLimit } from '../../scripts/bench/model.ts';
import type { BuildResult } from '../../scripts/bench/results.ts';
import { build } from './fixtures.ts';

/** Builds whose every phase follows exactly 2 s per edition Astro built plus 10 ms per page it built; assembly 1 ms per page of the site. */
function exactRun(): BuildResult[] {
	const results: BuildResult[] = [];
	for (const [size, versions] of [[100, 1], [1_000, 1], [5_000, 1], [5_000, 3]] as const) {
		for (const cache of ['cold', 'warm'] as const) {
			const workingPages = size + 100;
			const editions = versions + 1;
			const pages = editions * workingPages;
			const built = cache === 'cold' ? { e: editions, p: pages } : { e: 1, p: workingPages };
			const phases = { editions: 2 * built.e + 0.01 * built.p, searchIndex: 0.001 * built.p, pdf: 0.5 * built.e, assembly: 0.001 * pages, other: 1 * editions, editionsBuilt: built.e, astro: null };
			const seconds = phases.editions + phases.searchIndex + phases.pdf + phases.assembly + phases.other;
			results.push(build('ours', size, { versions, cache, workingPages, editions, pages, seconds, phases, totalBytes: pages * 30_000, peakBytes: 500 * 1024 ** 2 + workingPages * 100_000 }));
		}
	}
	return results;
}

describe('the model fitted to a run', () => {
	test('least squares find the costs the points were made with', () => {
		const fit = fit2([{ e: 2, p: 100, y: 2 * 2 + 0.01 * 100 }, { e: 2, p: 5_000, y: 4 + 50 }, { e: 4, p: 20_000, y: 8 + 200 }]);
		expect(fit.perEdition).toBeCloseTo(2);
		expect(fit.perPage).toBeCloseTo(0.01);
		expect(fitLine([{ x: 100, y: 300 }, { x: 1_000, y: 2_100 }])).toEqual({ intercept: expect.closeTo(100), slope: expect.closeTo(2) });
	});

	test('where the points cannot tell editions from pages, all goes on the one that fits, never a negative cost', () => {
		const fit = fit2([{ e: 1, p: 100, y: 1 }, { e: 2, p: 200, y: 2 }]);
		expect(fit.perEdition).toBeGreaterThanOrEqual(0);
		expect(fit.perPage).toBeGreaterThanOrEqual(0);
		expect(fit.perEdition * 2 + fit.perPage * 200).toBeCloseTo(2);
	});

	test('extrapolates cold (every edition) and warm (only the working version) from the phases', () => {
		const model = fitModel(exactRun())!;
		const prediction = predict(model, 20, 20_000);
		const workingPages = 20_100;
		const pages = 21 * workingPages;
		expect(prediction.editions).toBe(21);
		expect(prediction.workingPages).toBeCloseTo(workingPages);
		expect(prediction.pages).toBeCloseTo(pages);
		expect(prediction.coldSeconds).toBeCloseTo(2 * 21 + 0.01 * pages + 0.001 * pages + 0.5 * 21 + 0.001 * pages + 21, 0);
		expect(prediction.warmSeconds).toBeCloseTo(2 + 0.01 * workingPages + 0.001 * workingPages + 0.5 + 0.001 * pages + 21, 0);
		expect(prediction.distBytes).toBeCloseTo(pages * 30_000, -3);
		expect(prediction.peakBytes!).toBeCloseTo(500 * 1024 ** 2 + workingPages * 100_000, -3);
		// 1 GB at 30 KB a page is about 33,333 pages: one edition of 20,100 pages, no published version beside it.
		expect(editionsWithinPagesLimit(model, 20_000)).toBe(1);
		expect(editionsWithinPagesLimit(model, 1_000)).toBe(Math.floor(1e9 / (1_100 * 30_000)));
	});

	test('Astro’s time per page comes from the cold builds: a warm build copies most pages instead of rendering them', () => {
		const run = exactRun().map((result) => (result.cache === 'warm' ? { ...result, phases: { ...result.phases!, editions: 2 + 0.0005 * result.workingPages } } : result));
		const model = fitModel(run)!;
		expect(model.phases.editions.perEdition).toBeCloseTo(2);
		expect(model.phases.editions.perPage).toBeCloseTo(0.01);
		expect(modelSection(model)).toContain('hoogstens ongeveer');
	});

	test('the README text keeps the model apart from the measurements, names GitHub’s limits as GitHub’s, and what rebuilds', () => {
		const text = modelSection(fitModel(exactRun()));
		expect(text).toMatch(/^\*\*Model \(gepast op de 8 bouwen/);
		expect(text).toContain('geen meting');
		expect(text).toContain('**Extrapolatie naar 20 versies × 20.000 afspraken**');
		expect(text).toContain('gepubliceerde grenzen van GitHub');
		expect(text).toContain('past niet in 1,00 GB');
		expect(text).toContain('bij 20.000 afspraken per editie past alleen de werkversie, zonder gepubliceerde versie ernaast');
		expect(text).toContain('bij 1.000 afspraken per editie passen de werkversie en ongeveer 29 gepubliceerde versies');
		// 20 published editions of 20,100 pages at 30 KB: about 12 GB, more than the Actions cache holds.
		expect(text).toContain('dus op GitHub is elke bouw koud');
		expect(text).toContain('Na elke nieuwe versie worden alle edities opnieuw gebouwd');
		expect(modelSection(fitModel([build('ours', 100)]))).toMatch(/^Geen model/);
	});
});
