import { parseArgs } from 'node:util';

/** What `npm run bench` is asked to do. */
export interface BenchOptions {
	/** Sizes of handbook, in interpretations, smallest first. */
	sizes: number[];
	/** Published versions of the largest handbook: 1 is the repository's own; more are published on top of it. */
	versions: number;
	quick: boolean;
	/** The query of the first search. */
	query: string;
	/** How many times each of our builds runs; its time is their median. */
	repeats: number;
	/** A full run with the default sizes: only that one updates README.md and benchmark/results.*. */
	full: boolean;
}

export const defaultSizes = [100, 1_000, 5_000];
export const defaultVersions = 3;
const quickSizes = [30, 100];
const quickVersions = 1;
/** Each of our builds three times: on a shared machine one build can take 30 % longer than the next. */
export const defaultRepeats = 3;
const quickRepeats = 1;
const maxRepeats = 9;
/** Version numbers 0.1 … 0.9. */
const maxVersions = 9;
/** The repository ships one published version; every handbook of the benchmark has it. */
const minVersions = 1;

export const usage = [
	'Gebruik: npm run bench [-- --sizes 100,1000,5000] [--versions 3] [--repeats 3] [--quick] [--query pesten]',
	'  --sizes     de aantallen afspraken in de werkversie van de handboeken, met komma’s (standaard 100,1000,5000)',
	'  --versions  hoeveel gepubliceerde versies het grootste handboek ook krijgt; 1 is alleen de versie uit de repository (standaard 3)',
	'  --repeats   hoe vaak elke bouw van ons handboek draait; de tijd is de mediaan (standaard 3)',
	'  --quick     een snelle proef: 30 en 100 afspraken, 1 versie, elke bouw 1 keer; schrijft niets in README.md',
	'  --query     de zoekvraag voor de eerste zoekopdracht (standaard pesten)',
].join('\n');

/** Reads the command line, or throws an Error whose message says in Dutch what is wrong. */
export function parseBenchOptions(args: string[]): BenchOptions {
	let values: { sizes?: string; versions?: string; repeats?: string; quick?: boolean; query?: string };
	try {
		({ values } = parseArgs({ args, strict: true, options: { sizes: { type: 'string' }, versions: { type: 'string' }, repeats: { type: 'string' }, quick: { type: 'boolean' }, query: { type: 'string' } } }));
	} catch (error) {
		throw new Error(`${(error as Error).message.includes('Unknown option') ? 'Deze optie bestaat niet' : 'De opdracht klopt niet'}: ${args.join(' ')}\n\n${usage}`);
	}
	const quick = values.quick ?? false;
	const sizes = values.sizes === undefined ? (quick ? quickSizes : defaultSizes) : values.sizes.split(',').map((size) => size.trim().replace(/[._]/g, ''));
	const invalid = sizes.filter((size) => !/^[1-9]\d*$/.test(String(size)));
	if (invalid.length > 0) throw new Error(`--sizes: verwacht hele getallen groter dan 0, met komma's, zoals 100,1000; gevonden: ${invalid.join(', ')}\n\n${usage}`);
	const versionsText = values.versions ?? String(quick ? quickVersions : defaultVersions);
	if (!/^\d+$/.test(versionsText) || Number(versionsText) < minVersions || Number(versionsText) > maxVersions) throw new Error(`--versions: verwacht een getal van ${minVersions} tot en met ${maxVersions}; gevonden: ${versionsText}\n\n${usage}`);
	const repeatsText = values.repeats ?? String(quick ? quickRepeats : defaultRepeats);
	if (!/^\d+$/.test(repeatsText) || Number(repeatsText) < 1 || Number(repeatsText) > maxRepeats) throw new Error(`--repeats: verwacht een getal van 1 tot en met ${maxRepeats}; gevonden: ${repeatsText}\n\n${usage}`);
	const query = (values.query ?? 'pesten').trim();
	if (!query) throw new Error(`--query: verwacht een zoekvraag\n\n${usage}`);
	const sorted = [...new Set(sizes.map(Number))].sort((a, b) => a - b);
	const versions = Number(versionsText);
	const repeats = Number(repeatsText);
	const full = !quick && sorted.join() === defaultSizes.join() && versions === defaultVersions && repeats === defaultRepeats;
	return { sizes: sorted, versions, quick, query, repeats, full };
}
