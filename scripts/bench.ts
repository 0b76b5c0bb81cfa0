// Measures how the handbook holds up as it grows, built the way it really is: the shipped content
// with its published version and 100, 1,000 and 5,000 interpretations in the working version (the
// largest also with 3 versions), cold and warm, against Starlight's default site with the same
// pages; page sizes, first views and the first search in Chromium; and a model fitted to it all.
// Usage: npm run bench [-- --sizes 100,1000 --versions 3 --quick --query pesten]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatNumber } from './bench/format.ts';
import { parseBenchOptions } from './bench/options.ts';
import { replaceReadmeSection } from './bench/readme-section.ts';
import { resultsBody, resultsMarkdown } from './bench/report.ts';
import { runBenchmark } from './bench/run.ts';
import { evaluateTargets } from './bench/targets.ts';

const projectRoot = resolve(import.meta.dirname, '..');

let options: ReturnType<typeof parseBenchOptions>;
try {
	options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}

console.log(`Meting van ${options.sizes.map((size) => formatNumber(size)).join(', ')} afspraken met de gepubliceerde versie uit de repository${options.versions > 1 ? `, de grootste ook met ${options.versions} versies` : ''}. Eén bouw tegelijk; draai ondertussen niets anders.`);
let run: Awaited<ReturnType<typeof runBenchmark>>;
try {
	run = await runBenchmark(options, projectRoot, { step: (message) => console.log(message), warn: (message) => console.warn(`  let op: ${message}`) });
} catch (error) {
	console.error(`\nDe meting is gestopt: ${(error as Error).message}`);
	process.exit(1);
}

const outcomes = evaluateTargets(run.results, run.sizes, run.versions);
console.log(`\n${resultsBody(run, outcomes)}`);
if (run.failures.length > 0) process.exitCode = 1;

// Only a full run speaks for the handbook; a quick or custom run keeps its results apart.
const name = options.full ? 'results' : options.quick ? 'results-quick' : 'results-custom';
const folder = join(projectRoot, 'benchmark');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, `${name}.md`), resultsMarkdown(run, outcomes));
writeFileSync(join(folder, `${name}.json`), `${JSON.stringify({ ...run, targets: outcomes }, null, '\t')}\n`);
console.log(`\nGeschreven: benchmark/${name}.md en benchmark/${name}.json.`);
if (options.full) {
	const readme = join(projectRoot, 'README.md');
	writeFileSync(readme, replaceReadmeSection(readFileSync(readme, 'utf8'), resultsBody(run, outcomes)));
	console.log('README.md bijgewerkt (## Prestaties).');
}
