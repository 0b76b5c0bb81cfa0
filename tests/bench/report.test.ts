import { describe, expect, test } from 'vitest';
import { busyMachineLine, resultsBody, resultsTable } from '../../scripts/bench/report.ts';
import type { BenchmarkRun, BuildResult } from '../../scripts/bench/results.ts';

function build(site: BuildResult['site'], interpretations: number, change: Partial<BuildResult> = {}): BuildResult {
	return {
		site,
		interpretations,
		versions: 0,
		seconds: 100,
		pages: 1_000,
		pagesPerSecond: 10,
		peakBytes: 1024 ** 3,
		otherLoad: 0.01,
		largestPage: { path: 'interpretaties/index.html', bytes: 50_000 },
		medianPageBytes: 30_000,
		totalBytes: 40_000_000,
		firstView: { home: 20_000, rule: 25_000, interpretation: 22_000 },
		firstSearch: { query: 'pesten', pagefindBytes: 90_000, allBytes: 120_000, milliseconds: 350, results: 5 },
		checkSeconds: site === 'ours' ? 2 : null,
		...change,
	};
}

const run = (results: BuildResult[]): BenchmarkRun => ({
	startedAt: '2026-11-23T18:00:00.000Z',
	minutes: 30,
	machine: { cores: 2, memoryBytes: 24 * 1024 ** 3, cpuModel: 'Een processor', node: 'v24.21.0' },
	sizes: [1_000],
	versions: 3,
	quick: false,
	samplePages: { home: '/', rule: '/gedragscode/a/b/', interpretation: '/interpretaties/c/' },
	results,
	failures: [],
});

describe('the results table', () => {
	test('has a row per build, comparing ours with plain Starlight at the same size and a versioned build with the one without', () => {
		const table = resultsTable([build('ours', 1_000, { pagesPerSecond: 30 }), build('plain', 1_000), build('ours', 1_000, { versions: 3, seconds: 250 })]);
		const rows = table.split('\n').slice(2);
		expect(rows).toHaveLength(3);
		expect(rows[0]).toContain('3,0× de doorvoer van kaal');
		expect(rows[1]).toContain('kale Starlight');
		expect(rows[2]).toContain('1.000 afspraken, 3 versies');
		expect(rows[2]).toContain('2,5× de bouwtijd zonder versies');
		expect(rows[0]).toContain('20,0 / 25,0 / 22,0');
	});

	test('warns that times are off only when other processes took a real share of the CPU', () => {
		expect(busyMachineLine(run([build('ours', 1_000), build('plain', 1_000)]))).toBeUndefined();
		const busy = run([build('ours', 1_000, { otherLoad: 0.42 }), build('plain', 1_000)]);
		expect(busyMachineLine(busy)).toMatch(/1 van de 2 bouwen.*tot 42 %/);
		expect(resultsBody(busy, [])).toContain('Let op');
		expect(resultsBody(run([build('ours', 1_000)]), [])).not.toContain('Let op');
	});
});
