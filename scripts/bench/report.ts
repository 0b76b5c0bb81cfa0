import type { BenchmarkRun, BuildResult } from './results.ts';
import type { TargetOutcome } from './targets.ts';
import { defaultAt } from './targets.ts';
import { fitModel, modelSection } from './model.ts';
import { formatBytes, formatMemory, formatNumber, kilobytes } from './format.ts';
import { referenceRepeatedBelowSeconds } from './repeated-builds.ts';

/** The benchmark's results in Dutch Markdown: a table per size, where the time went, the targets, and the model apart. */

const pageRoute = (path: string) => `/${path.replace(/index\.html$/, '')}`;
const versionsText = (count: number) => `${count} ${count === 1 ? 'versie' : 'versies'}`;

function buildLabel(result: BuildResult): string {
	if (result.site === 'default') return 'Starlight-standaard (geen versies)';
	return `ons handboek, ${versionsText(result.versions)}, ${result.cache === 'cold' ? 'koud' : 'warm'}`;
}

/** How many times faster than Starlight's default at the same size ours built. */
function speedup(result: BuildResult, all: BuildResult[]): string {
	if (result.site === 'default') return '—';
	const reference = defaultAt(all, result.interpretations);
	return reference ? `${formatNumber(reference.seconds / result.seconds, 1)}×` : '—';
}

function searchCell(search: BuildResult['firstSearch']): string {
	if (!search) return '—';
	return `${kilobytes(search.allBytes)} KB, ${formatNumber(search.milliseconds, 0)} ms`;
}

const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
const table = (headings: string[], rows: string[][]) => [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');

const headings = ['bouw', 'tijd (s)', 'sneller dan Starlight-standaard', 'edities (gebouwd)', "pagina's (werkversie)", 'piekgeheugen', 'CPU van anderen', 'grootste pagina', 'totale grootte', 'eerste weergave home / regel / afspraak (KB gz)', 'eerste zoekopdracht', 'check (s): eerste keer / ongewijzigd'];

/** Our builds first (by versions, cold before warm), then Starlight's default. */
const order = (result: BuildResult) => (result.site === 'default' ? 1e6 : result.versions * 10 + (result.cache === 'cold' ? 0 : 1));

/** The table of one size. */
export function sizeTable(results: BuildResult[], size: number): string {
	const rows = results
		.filter((result) => result.interpretations === size)
		.sort((a, b) => order(a) - order(b))
		.map((result) => [
			buildLabel(result),
			formatNumber(result.seconds, 1),
			speedup(result, results),
			result.phases ? `${result.editions} (${result.phases.editionsBuilt})` : String(result.editions),
			`${formatNumber(result.pages)} (${formatNumber(result.workingPages)})`,
			result.peakBytes === null ? '—' : formatMemory(result.peakBytes),
			result.otherLoad === null ? '—' : `${formatNumber(result.otherLoad * 100, 0)} %`,
			result.largestPage ? `${kilobytes(result.largestPage.bytes)} KB (${pageRoute(result.largestPage.path)})` : '—',
			formatBytes(result.totalBytes),
			result.firstView.home === null ? '—' : [result.firstView.home, result.firstView.rule, result.firstView.interpretation].map(kilobytes).join(' / '),
			searchCell(result.firstSearch),
			result.check ? `${formatNumber(result.check.coldSeconds, 1)} / ${formatNumber(result.check.unchangedSeconds, 1)}` : '—',
		]);
	return table(headings, rows);
}

/** Astro's time by its steps (scripts/bench/phases.ts), summed over the editions it built. */
const astroStepHeadings = ['waarvan opstarten', 'inhoud', 'bundelen (Vite)', "pagina's maken"];

/** Where the time of each of our builds went. */
export function phasesTable(results: BuildResult[]): string {
	const rows = results
		.filter((result) => result.site === 'ours' && result.phases !== null)
		.sort((a, b) => a.interpretations - b.interpretations || order(a) - order(b))
		.map((result) => {
			const phases = result.phases!;
			const seconds = (value: number) => formatNumber(value, 1);
			const astro = phases.astro ? [phases.astro.startUp, phases.astro.content, phases.astro.bundling, phases.astro.rendering].map(seconds) : ['—', '—', '—', '—'];
			return [`${formatNumber(result.interpretations)} afspraken, ${buildLabel(result).replace('ons handboek, ', '')}`, seconds(phases.editions), ...astro, ...[phases.searchIndex, phases.pdf, phases.assembly, phases.other, result.seconds].map(seconds)];
		});
	return table(['bouw', 'edities bouwen (Astro)', ...astroStepHeadings, 'zoekindex (Pagefind)', "pdf's", 'samenvoegen', 'de rest', 'totaal (s)'], rows);
}

const verdicts = { true: 'gehaald', false: 'NIET gehaald', null: 'niet gemeten' } as const;

export function targetLines(outcomes: TargetOutcome[]): string[] {
	return outcomes.map((outcome) => `- **${verdicts[String(outcome.met) as keyof typeof verdicts]}**: ${outcome.target} — ${outcome.measured}`);
}

/** The line of a failed command's output that says why: a fatal error or an error, else none. */
export function reasonOf(message: string): string | undefined {
	const lines = message.split('\n').slice(1).map((text) => text.replace(/^\[\s*\d+(?:\.\d+)?\] /, '').trim());
	return lines.find((text) => /FATAL ERROR/.test(text)) ?? lines.find((text) => /\b(Error|error)\b|kon niet/.test(text));
}

/** Builds that failed, in Dutch, with the first line of why and the line of the output that says it. */
export function failureLines(run: BenchmarkRun): string[] {
	return run.failures.map((failure) => {
		const reason = reasonOf(failure.message);
		return `**Mislukt**: ${failure.step}: ${failure.message.split('\n')[0]}${reason ? ` ${reason.replace(/\|/g, '\\|')}` : ''}`;
	});
}

export function machineLine(run: BenchmarkRun): string {
	const { cores, memoryBytes, cpuModel, node } = run.machine;
	const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(run.startedAt));
	return `Gemeten op ${date}: ${cores} kernen (${cpuModel}), ${formatMemory(memoryBytes)} geheugen, Node ${node}; de hele meting duurde ${formatNumber(run.minutes, 0)} minuten.`;
}

/** What the numbers mean, once, under the tables; `repeats`: how many times each of our builds ran. */
export const legend = (repeats: number) => [
	'Elk handboek is de inhoud uit de repository met haar gepubliceerde versie (0.1) en zoveel afspraken in de werkversie, verdeeld over zoveel teams en MT’s als WPI zou kunnen hebben (bijna 2.400 medewerkers, in teams van zo’n tien: 252, de 12 uit de inhoud elk ook 20 keer genummerd; eerdere metingen gaven elke kopie een eigen team: 4.662 teampagina’s bij 5.000); bij de grootste ook met meer versies, gepubliceerd zoals `npm run publiceer` dat doet.',
	'Koud: `npm run build -- --zonder-cache` met een lege cache van edities, elke editie wordt gebouwd, elk bestand gecontroleerd en HTML gemaakt en elke pagina gemaakt, zoals op een git-host zonder bewaarde cache (wat de bouw maakt, bewaart hij wel). Warm: daarna opnieuw `npm run build`, elke keer na een eigen wijziging van één afspraak in de werkversie; de gepubliceerde versies komen uit de cache van edities, de ongewijzigde bestanden van de werkversie uit de cache van de controle, de pagina’s van de werkversie die niets tonen wat veranderde uit de cache van Astro, en de pdf van de handreiking uit de cache als de handreiking niet veranderde.',
	'Starlight-standaard: een Starlight-project met dezelfde pagina’s als de werkversie (titel en hoofdtekst als Markdown) en de zijbalk die Starlight zelf maakt (`autogenerate` per map), zonder cache gebouwd; Starlight heeft geen versies. Sneller dan Starlight-standaard: de bouwtijd van Starlight-standaard gedeeld door de onze.',
	`Tijd: de wandkloktijd van de hele bouw, één bouw tegelijk${repeats > 1 ? `; van ons handboek de mediaan van ${repeats} bouwen (elke warme na een eigen wijziging), met het hoogste piekgeheugen en de hoogste CPU van anderen van die bouwen, en waar de tijd heen ging in de bouw van de mediaan; Starlight-standaard even vaak, ook de mediaan, waar één bouw ervan korter dan ${formatNumber(referenceRepeatedBelowSeconds / 60, 0)} minuten duurt, anders één keer (bij 5.000 afspraken duurt die zo’n 8 minuten)` : ''}. Edities (gebouwd): de edities van de site, en hoeveel Astro er bouwde. Pagina's: alle .html-bestanden, met de 404-pagina en de pagina's die het samenvoegen toevoegt; tussen haakjes die van de werkversie.`,
	'Piekgeheugen: het hoogste opgetelde RSS van de hele procesboom van de bouw (elke 100 ms gelezen uit /proc; gedeeld geheugen telt per proces mee, dus eerder te hoog dan te laag). CPU van anderen: welk deel van de processortijd andere processen gebruikten tijdens die bouw; boven een paar procent is de tijd te hoog.',
	'Eerste weergave: HTML, CSS en JS van de eigen site die Chromium laadt bij het openen van de pagina in de werkversie (lege cache), elk bestand apart gzip-gecomprimeerd en opgeteld. Eerste zoekopdracht: op de home van de werkversie het zoekvak openen en een zoekvraag typen; alles wat wordt opgehaald (ook het script van een worker van Pagefind, als die start), elk bestand zoals de host het verstuurt: HTML, CSS, JS en JSON gzip-gecomprimeerd, de index en de wasm van Pagefind zoals Pagefind ze al gecomprimeerd schrijft; en de tijd van de laatste toets tot het eerste resultaat.',
	`Check: \`npm run check\` op dat handboek de eerste keer (bestanden die geen controle eerder zag) en direct nog eens zonder wijziging${repeats > 1 ? `, elk de mediaan van ${repeats} keer (de eerste keer daarna telkens op een kopie van het handboek in een eigen map)` : ''}. Waar de tijd heen gaat: gelezen uit de uitvoer van de bouw, met de tijd bij elke regel; de tijd van Astro opgedeeld bij de regels waarmee Astro elke stap begint, opgeteld over de edities die het bouwde: opstarten (Astro, Vite, de configuratie en de integraties laden, en de configuratie van de collecties via een tijdelijke server van Vite), inhoud (elke tekst lezen, controleren en HTML maken), bundelen (Vite bundelt de code van de pagina's en hun scripts) en pagina's maken (elke pagina renderen en schrijven, met wat Astro daarna doet). 1 KB = 1.000 bytes.`,
];

/** Above this share of the CPU taken by others during a build, the run says its times are not to be trusted. */
export const busyMachineShare = 0.1;

/** A warning when other processes took a real share of the CPU during any build: then times and ratios are off. */
export function busyMachineLine(run: BenchmarkRun): string | undefined {
	const loads = run.results.map((result) => result.otherLoad ?? 0);
	const worst = Math.max(0, ...loads);
	if (worst <= busyMachineShare) return undefined;
	const busy = loads.filter((load) => load > busyMachineShare).length;
	return `**Let op**: tijdens ${busy} van de ${loads.length} bouwen gebruikten andere processen meer dan ${formatNumber(busyMachineShare * 100, 0)} % van de CPU (tot ${formatNumber(worst * 100, 0)} %). Die bouwtijden zijn te hoog, en verhoudingen daardoor scheef; de groottes, het geheugen en de eerste weergave hangen er niet van af. Meet opnieuw op een rustige machine.`;
}

/** The results as a reader gets them: where and when, the measured points, what failed, the targets, then the model apart. */
export function resultsBody(run: BenchmarkRun, outcomes: TargetOutcome[]): string {
	const busy = busyMachineLine(run);
	const sizes = [...new Set(run.results.map((result) => result.interpretations))].sort((a, b) => a - b);
	return [
		machineLine(run),
		...(busy ? ['', busy] : []),
		'',
		'### Gemeten',
		'',
		...sizes.flatMap((size) => [`**${formatNumber(size)} afspraken**`, '', sizeTable(run.results, size), '']),
		'Waar de tijd van onze bouw heen gaat (s):',
		'',
		phasesTable(run.results),
		'',
		...legend(run.repeats).map((text) => `- ${text}`),
		'',
		...failureLines(run).flatMap((text) => [text, '']),
		'Doelen:',
		'',
		...targetLines(outcomes),
		'',
		'### Model en extrapolatie (berekend, niet gemeten)',
		'',
		modelSection(fitModel(run.results)),
	].join('\n');
}

export function resultsMarkdown(run: BenchmarkRun, outcomes: TargetOutcome[]): string {
	return `# Prestaties${run.quick ? ' (snelle proef)' : ''}\n\n${resultsBody(run, outcomes)}\n`;
}
