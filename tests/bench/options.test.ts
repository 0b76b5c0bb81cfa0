import { describe, expect, test } from 'vitest';
import { defaultSizes, parseBenchOptions } from '../../scripts/bench/options.ts';

describe('npm run bench options', () => {
	test('without options: the full run, the only one that updates the README', () => {
		expect(parseBenchOptions([])).toEqual({ sizes: defaultSizes, versions: 3, quick: false, query: 'pesten', repeats: 3, full: true });
	});

	test('--quick is a small run that is never the full one; explicit sizes and versions still count', () => {
		const quick = parseBenchOptions(['--quick']);
		expect(quick.full).toBe(false);
		expect(Math.max(...quick.sizes)).toBeLessThan(1_000);
		expect(quick.versions).toBe(1);
		expect(quick.repeats).toBe(1);
		expect(parseBenchOptions(['--quick', '--versions', '2']).versions).toBe(2);
	});

	test('--sizes and --versions choose, sorted and without doubles; other sizes are not the full run', () => {
		expect(parseBenchOptions(['--sizes', '1.000,100,1000', '--versions', '1'])).toMatchObject({ sizes: [100, 1_000], versions: 1, full: false });
		expect(parseBenchOptions(['--sizes', '100,1000,5000', '--versions', '3']).full).toBe(true);
	});

	test('--repeats: how many times each of our builds runs; fewer than the default is not the full run', () => {
		expect(parseBenchOptions(['--repeats', '5'])).toMatchObject({ repeats: 5, full: false });
		expect(parseBenchOptions(['--repeats', '1']).full).toBe(false);
		expect(parseBenchOptions(['--repeats', '3']).full).toBe(true);
	});

	test.each([
		[['--sizes', '100,abc']],
		[['--sizes', '0']],
		[['--versions', '12']],
		// Every handbook has the repository's published version.
		[['--versions', '0']],
		[['--versions', '-1']],
		[['--snel']],
		[['--repeats', '0']],
		[['--repeats', '10']],
		[['--repeats', 'drie']],
	])('refuses %j with a Dutch explanation and the usage', (args) => {
		expect(() => parseBenchOptions(args)).toThrow(/Gebruik: npm run bench/);
	});
});
