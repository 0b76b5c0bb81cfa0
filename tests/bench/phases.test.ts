import { describe, expect, test } from 'vitest';
import { phasesOf, stampedLine } from '../../scripts/bench/phases.ts';

/** The output of a build as scripts/build.ts prints it, each line with its time. */
const log = (lines: [number, string][]) => lines.map(([at, text]) => stampedLine(at, text)).join('\n');

describe('where the time of a build goes, read from its output', () => {
	test('splits a build into Astro per edition, Pagefind, the PDF, putting together and the rest', () => {
		const output = log([
			[0.4, 'De site wordt gebouwd voor / (standaard).'],
			[1.0, ''],
			[1.0, '— Werkversie (/werkversie/) —'],
			[9.0, '[build] Complete!'],
			[10.0, "Zoekindex van werkversie: 120 pagina's in 1.5 s."],
			[10.8, 'Handreiking van werkversie als pdf: handreiking.pdf, 80 kB in 0.7 s.'],
			[11.0, '— Versie 0.1 (/): ongewijzigd sinds de vorige bouw, uit de cache —'],
			[11.2, '— Versie 0.2 (/versies/0.2/) —'],
			[15.2, "Zoekindex van versie 0.2: 100 pagina's in 1.0 s."],
			[16.0, 'Handreiking van versie 0.2 als pdf: handreiking.pdf, 80 kB in 0.8 s.'],
			[19.0, "De site staat in dist: 3 edities, 340 pagina's, 20 doorverwijzingen."],
		]);
		const phases = phasesOf(output, 20)!;
		// Astro: from each built edition's heading to its index, without the index itself: 7.5 + 3.0.
		expect(phases.editions).toBeCloseTo(10.5);
		expect(phases.searchIndex).toBeCloseTo(2.5);
		expect(phases.pdf).toBeCloseTo(1.5);
		expect(phases.assembly).toBeCloseTo(3);
		expect(phases.other).toBeCloseTo(20 - 10.5 - 2.5 - 1.5 - 3);
		expect(phases.editionsBuilt).toBe(2);
	});

	test('editions built in one Astro process: each from its heading to the next, the last to its search index', () => {
		const output = log([
			[1.0, '— Versie 0.1 (/) —'],
			[4.0, '— Werkversie (/werkversie/) —'],
			[12.5, "Zoekindex van versie 0.1: 100 pagina's in 0.5 s."],
			[14.0, "Zoekindex van werkversie: 300 pagina's in 1.5 s."],
			[15.0, 'Handreiking van versie 0.1 als pdf: handreiking.pdf, 80 kB in 0.5 s.'],
			[15.5, 'Handreiking van werkversie als pdf: handreiking.pdf, 80 kB in 0.5 s.'],
			[16.0, "De site staat in dist: 2 edities, 400 pagina's."],
		]);
		const phases = phasesOf(output, 16.5)!;
		// 3.0 for version 0.1, 8.0 for the working version: its index started at 12.0.
		expect(phases.editions).toBeCloseTo(11);
		expect(phases.searchIndex).toBeCloseTo(2);
		expect(phases.pdf).toBeCloseTo(1);
		expect(phases.assembly).toBeCloseTo(0.5);
		expect(phases.editionsBuilt).toBe(2);
	});

	test('Astro’s time by its steps, read from the lines it starts each with, coloured as under CI, summed over the editions', () => {
		// Astro's log as it prints it under CI=true: a grey time, a coloured label, and the routes' banner on a background.
		const astroLine = (label: string, text: string) => `\u001b[2m02:32:59\u001b[22m \u001b[34m[${label}]\u001b[39m ${text}`;
		const output = log([
			[1.0, '— Versie 0.1 (/) —'],
			[2.5, astroLine('content', 'Syncing content')],
			[3.0, astroLine('build', 'Building static entrypoints...')],
			[5.0, '\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m'],
			[6.0, '— Werkversie (/werkversie/) —'],
			[7.0, astroLine('content', 'Syncing content')],
			[10.0, astroLine('build', 'Building static entrypoints...')],
			[12.0, ' generating static routes '],
			[20.5, "Zoekindex van versie 0.1: 100 pagina's in 0.5 s."],
			[22.0, "Zoekindex van werkversie: 300 pagina's in 1.5 s."],
			[23.0, "De site staat in dist: 2 edities, 400 pagina's."],
		]);
		const phases = phasesOf(output, 23.5)!;
		expect(phases.editions).toBeCloseTo(19);
		// Start-up 1.5 + 1.0, content 0.5 + 3.0, bundling 2.0 + 2.0, rendering 1.0 (to the next heading) + 8.0 (to the first index).
		expect(phases.astro!.startUp).toBeCloseTo(2.5);
		expect(phases.astro!.content).toBeCloseTo(3.5);
		expect(phases.astro!.bundling).toBeCloseTo(4);
		expect(phases.astro!.rendering).toBeCloseTo(9);
		const { startUp, content, bundling, rendering } = phases.astro!;
		expect(startUp + content + bundling + rendering).toBeCloseTo(phases.editions);
	});

	test('Astro’s steps are not guessed when its output lacks one of them for an edition', () => {
		const output = log([
			[1.0, '— Werkversie (/werkversie/) —'],
			[2.0, '[content] Syncing content'],
			[8.0, " generating static routes "],
			[9.0, "Zoekindex van werkversie: 300 pagina's in 0.5 s."],
			[10.0, "De site staat in dist: 1 editie, 300 pagina's."],
		]);
		const phases = phasesOf(output, 10)!;
		expect(phases.editions).toBeCloseTo(7.5);
		expect(phases.astro).toBeNull();
		// A build with every edition from the cache has no steps of Astro either.
		expect(phasesOf(log([[1, '— Versie 0.1 (/): ongewijzigd sinds de vorige bouw, uit de cache —'], [2, 'De site staat in dist.']]), 2)!.astro).toBeNull();
	});

	test('a build that did not finish the site has no phases', () => {
		expect(phasesOf(log([[1, '— Werkversie (/) —'], [3, 'Werkversie kon niet worden gebouwd; de site is niet bijgewerkt.']]), 3)).toBeNull();
		expect(phasesOf('', 1)).toBeNull();
	});

	test('stamps keep the line as it was printed', () => {
		expect(stampedLine(12.3456, '— Werkversie (/) —')).toBe('[   12.346] — Werkversie (/) —');
	});
});
