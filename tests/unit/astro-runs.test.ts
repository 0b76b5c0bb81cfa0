import { describe, expect, test } from 'vitest';
import { buildSteps, carriedFilesLimit, editionHeading, type BuildStep } from '../../src/build/astro-runs.ts';
import type { Edition } from '../../src/lib/edition.ts';

const edition = (id: string): Edition => ({
	id,
	published: id !== 'werkversie',
	name: id === 'werkversie' ? 'Werkversie' : `Versie ${id}`,
	date: '2026-12-05',
	path: id === 'werkversie' ? '/werkversie/' : `/versies/${id}/`,
	basePath: '/',
	base: id === 'werkversie' ? '/werkversie/' : `/versies/${id}/`,
	contentFolder: `content/${id}`,
	newest: false,
});

/** Each step as the ids it makes, with its heap for an Astro step: ['astro', 1200, '0.1', 'werkversie'] or ['cached', '0.1']. */
const shape = (steps: BuildStep[]) => steps.map((step) => (step.kind === 'cached' ? ['cached', step.edition.id] : ['astro', step.heapLimit, ...step.editions.map(({ id }) => id)]));

describe('which editions share an Astro process', () => {
	const sizes = {
		contentFiles: { '0.1': 300, '0.2': 5300, '0.3': 5300, werkversie: 5300 },
		heapLimits: { '0.1': 800, '0.2': 1600, '0.3': 1800, werkversie: 1800 },
	};
	const all = ['0.1', '0.2', '0.3', 'werkversie'].map(edition);

	test('a small version shares its process with the next edition, with room in the heap for what it leaves; large ones get their own', () => {
		expect(shape(buildSteps(all, () => undefined, sizes))).toEqual([
			['astro', 1630, '0.1', '0.2'],
			['astro', 1800, '0.3'],
			['astro', 1800, 'werkversie'],
		]);
	});

	test('an edition from the cache is taken as it is, and the editions on either side of it are built in processes of their own', () => {
		const kept = (candidate: Edition) => (candidate.id === '0.2' ? '/cache/0.2' : undefined);
		expect(shape(buildSteps(all, kept, sizes))).toEqual([['astro', 800, '0.1'], ['cached', '0.2'], ['astro', 1800, '0.3'], ['astro', 1800, 'werkversie']]);
		expect(buildSteps(all, kept, sizes)[1]).toMatchObject({ kind: 'cached', outDir: '/cache/0.2' });
	});

	test('small editions keep sharing a process until the ones built there hold more than the limit', () => {
		const small = { contentFiles: { '0.1': carriedFilesLimit / 2, '0.2': carriedFilesLimit / 2, '0.3': 1, werkversie: 300 }, heapLimits: { '0.1': 900, '0.2': 900, '0.3': 900, werkversie: 900 } };
		expect(shape(buildSteps(all, () => undefined, small))).toEqual([
			['astro', 1100, '0.1', '0.2', '0.3'],
			['astro', 900, 'werkversie'],
		]);
	});

	test('every edition built once, in order', () => {
		const steps = buildSteps(all, (candidate) => (candidate.id === '0.3' ? '/cache/0.3' : undefined), sizes);
		expect(steps.flatMap((step) => (step.kind === 'cached' ? [step.edition.id] : step.editions.map(({ id }) => id)))).toEqual(['0.1', '0.2', '0.3', 'werkversie']);
	});
});

test('the line that starts an edition says whether it came from the cache', () => {
	expect(editionHeading(edition('werkversie'))).toBe('— Werkversie (/werkversie/) —');
	expect(editionHeading(edition('0.2'), true)).toBe('— Versie 0.2 (/versies/0.2/): ongewijzigd sinds de vorige bouw, uit de cache —');
});
