import { describe, expect, test } from 'vitest';
import { busyMachineLine, failureLines, phasesTable, resultsBody, sizeTable } from '../../scripts/bench/report.ts';
import type { BenchmarkRun, BuildResult } from '../../scripts/bench/results.ts';
import { evaluateTargets } from '../../scripts/bench/targets.ts';
import { build, fullRun } from './fixtures.ts';

const run = (results: BuildResult[]): BenchmarkRun => ({
	startedAt: '2026-11-23T18:00:00.000Z',
	minutes: 30,
	machine: { cores: 2, memoryBytes: 24 * 1024 ** 3, cpuModel: 'Een processor', node: 'v24.21.0' },
	sizes: [100, 1_000, 5_000],
	versions: 3,
	quick: false,
	repeats: 3,
	samplePages: { home: '/werkversie/', rule: '/werkversie/gedragscode/a/b/', interpretation: '/werkversie/interpretaties/c/' },
	results,
	failures: [],
});

describe('the results tables', () => {
	test('a size’s table has our builds cold and warm per number of versions, then Starlight’s default, with how many times faster ours was', () => {
		const results = fullRun();
		const rows = sizeTable(results, 5_000).split('\n').slice(2);
		expect(rows.map((row) => row.split(' | ')[0]!.replace(/^\| /, ''))).toEqual([
			'ons handboek, 1 versie, koud',
			'ons handboek, 1 versie, warm',
			'ons handboek, 3 versies, koud',
			'ons handboek, 3 versies, warm',
			'Starlight-standaard (geen versies)',
		]);
		// The fixture's builds take 1/20 of the default's time cold and 1/30 warm.
		expect(rows[0]).toContain('| 20,0× |');
		expect(rows[1]).toContain('| 30,0× |');
		// Editions, and how many Astro built: all cold, only the working version warm.
		expect(rows[2]).toContain('| 4 (4) |');
		expect(rows[3]).toContain('| 4 (1) |');
		expect(rows[0]).toContain('20,0 / 25,0 / 22,0');
		expect(rows[0]).toContain('2,0 / 0,5');
		expect(rows[4]).toContain('| — |');
	});

	test('the phases table says where each build of ours spent its time, and sums to the whole', () => {
		const astro = { startUp: 2, content: 1.5, bundling: 1.25, rendering: 1.25 };
		const rows = phasesTable([
			build('ours', 1_000, { seconds: 10, phases: { editions: 6, searchIndex: 1.5, pdf: 1, assembly: 1, other: 0.5, editionsBuilt: 2, astro } }),
			build('ours', 1_000, { cache: 'warm', seconds: 5, phases: { editions: 3, searchIndex: 1, pdf: 0, assembly: 0.5, other: 0.5, editionsBuilt: 1, astro: null } }),
			build('default', 1_000),
		]).split('\n');
		expect(rows).toHaveLength(4);
		expect(rows[0]).toContain("| edities bouwen (Astro) | waarvan opstarten | inhoud | bundelen (Vite) | pagina's maken | zoekindex (Pagefind) |");
		expect(rows[2]).toBe('| 1.000 afspraken, 1 versie, koud | 6,0 | 2,0 | 1,5 | 1,3 | 1,3 | 1,5 | 1,0 | 1,0 | 0,5 | 10,0 |');
		// Where Astro's output did not show its steps, they are not made up.
		expect(rows[3]).toBe('| 1.000 afspraken, 1 versie, warm | 3,0 | — | — | — | — | 1,0 | 0,0 | 0,5 | 0,5 | 5,0 |');
	});

	test('the body has the measured points, the targets and, apart and after them, the model', () => {
		const body = resultsBody(run(fullRun()), evaluateTargets(fullRun(), [100, 1_000, 5_000]));
		const measured = body.indexOf('### Gemeten');
		const targets = body.indexOf('Doelen:');
		const model = body.indexOf('### Model en extrapolatie (berekend, niet gemeten)');
		expect(measured).toBeGreaterThan(-1);
		expect(targets).toBeGreaterThan(measured);
		expect(model).toBeGreaterThan(targets);
		expect(body.slice(model)).toContain('20 versies × 20.000 afspraken');
		expect(body).toContain('**5.000 afspraken**');
	});

	test('says the time of our builds and of the check is the median of how many, and nothing of a median for one', () => {
		expect(resultsBody(run(fullRun()), [])).toContain('de mediaan van 3 bouwen');
		expect(resultsBody(run(fullRun()), [])).toContain('elk de mediaan van 3 keer');
		expect(resultsBody(run(fullRun()), [])).toContain('Starlight-standaard even vaak, ook de mediaan, waar één bouw ervan korter dan 2 minuten duurt, anders één keer');
		expect(resultsBody({ ...run(fullRun()), repeats: 1 }, [])).not.toContain('mediaan');
	});

	test('a failed build says why, from the line of its output that does', () => {
		const message = 'De koude bouw van het handboek is mislukt (code 1). Het einde van de uitvoer (/tmp/x/build.log):\n[   61.7] ✓ Completed in 32.67s.\n[   65.2] FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n[   65.4] Werkversie kon niet worden gebouwd; de site is niet bijgewerkt.';
		const lines = failureLines({ ...run([]), failures: [{ step: 'Ons handboek met 5.000 afspraken', message }] });
		expect(lines).toEqual(['**Mislukt**: Ons handboek met 5.000 afspraken: De koude bouw van het handboek is mislukt (code 1). Het einde van de uitvoer (/tmp/x/build.log): FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory']);
	});

	test('warns that times are off only when other processes took a real share of the CPU', () => {
		expect(busyMachineLine(run([build('ours', 1_000), build('default', 1_000)]))).toBeUndefined();
		const busy = run([build('ours', 1_000, { otherLoad: 0.42 }), build('default', 1_000)]);
		expect(busyMachineLine(busy)).toMatch(/1 van de 2 bouwen.*tot 42 %/);
		expect(resultsBody(busy, [])).toContain('Let op');
		expect(resultsBody(run([build('ours', 1_000)]), [])).not.toContain('Let op');
	});
});
