import type { BenchmarkRun, BuildResult } from './results.ts';
import type { TargetOutcome } from './targets.ts';
import { formatBytes, formatMemory, formatNumber, kilobytes } from './format.ts';

/** The benchmark's results as a Dutch Markdown table, a list of targets and the machine it ran on. */

const pageRoute = (path: string) => `/${path.replace(/index\.html$/, '')}`;

/** The throughput of ours against plain Starlight at the same size, or the time of a versioned build against the same handbook without versions. */
function comparison(result: BuildResult, all: BuildResult[]): string {
	if (result.site === 'plain') return '—';
	if (result.versions > 0) {
		const single = all.find((other) => other.site === 'ours' && other.versions === 0 && other.interpretations === result.interpretations);
		// Each edition is built once, whatever its pages, so a first build is compared in time only.
		return single ? `${formatNumber(result.seconds / single.seconds, 1)}× de bouwtijd zonder versies` : '—';
	}
	const plain = all.find((other) => other.site === 'plain' && other.interpretations === result.interpretations);
	return plain ? `${formatNumber(result.pagesPerSecond / plain.pagesPerSecond, 1)}× de doorvoer van kaal` : '—';
}

function handbookLabel(result: BuildResult): string {
	const size = `${formatNumber(result.interpretations)} afspraken`;
	if (result.versions === 0) return size;
	const versions = `${size}, ${result.versions} ${result.versions === 1 ? 'versie' : 'versies'}`;
	return result.rebuild ? `${versions}, opnieuw na een wijziging in de werkversie` : `${versions}, eerste bouw`;
}

function searchCell(search: BuildResult['firstSearch']): string {
	if (!search) return '—';
	return `${kilobytes(search.allBytes)} KB (Pagefind ${kilobytes(search.pagefindBytes)}), ${formatNumber(search.milliseconds, 0)} ms`;
}

const headings = ['handboek', 'site', 'bouw (s)', 'CPU van anderen', "pagina's", "pagina's/s", 'piekgeheugen', 'verhouding', 'grootste pagina', 'mediaan', 'eerste weergave home / regel / afspraak (KB gz)', 'totale grootte', 'eerste zoekopdracht', 'check (s)'];

export function resultsTable(results: BuildResult[]): string {
	const rows = results.map((result) => [
		handbookLabel(result),
		result.site === 'ours' ? 'ons handboek' : 'kale Starlight',
		formatNumber(result.seconds, 1),
		result.otherLoad === null ? '—' : `${formatNumber(result.otherLoad * 100, 0)} %`,
		formatNumber(result.pages),
		formatNumber(result.pagesPerSecond, 1),
		result.peakBytes === null ? '—' : formatMemory(result.peakBytes),
		comparison(result, results),
		result.largestPage ? `${kilobytes(result.largestPage.bytes)} KB (${pageRoute(result.largestPage.path)})` : '—',
		result.medianPageBytes === null ? '—' : `${kilobytes(result.medianPageBytes)} KB`,
		[result.firstView.home, result.firstView.rule, result.firstView.interpretation].map(kilobytes).join(' / '),
		formatBytes(result.totalBytes),
		searchCell(result.firstSearch),
		result.checkSeconds === null ? '—' : formatNumber(result.checkSeconds, 1),
	]);
	const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

const verdicts = { true: 'gehaald', false: 'NIET gehaald', null: 'niet gemeten' } as const;

export function targetLines(outcomes: TargetOutcome[]): string[] {
	return outcomes.map((outcome) => `- **${verdicts[String(outcome.met) as keyof typeof verdicts]}**: ${outcome.target} — ${outcome.measured}`);
}

/** Builds that failed, in Dutch, with the first line of why. */
export function failureLines(run: BenchmarkRun): string[] {
	return run.failures.map((failure) => `**Mislukt**: ${failure.step}: ${failure.message.split('\n')[0]}`);
}

export function machineLine(run: BenchmarkRun): string {
	const { cores, memoryBytes, cpuModel, node } = run.machine;
	const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(run.startedAt));
	return `Gemeten op ${date}: ${cores} kernen (${cpuModel}), ${formatMemory(memoryBytes)} geheugen, Node ${node}; de hele meting duurde ${formatNumber(run.minutes, 0)} minuten.`;
}

/** What the numbers mean, once, under the table. */
export const legend = [
	'Bouw: de wandkloktijd van `npm run build` (voor ons handboek elke editie en het samenvoegen), één bouw tegelijk.',
	'CPU van anderen: welk deel van de processortijd van de machine andere processen gebruikten tijdens die bouw; boven een paar procent is de bouwtijd te hoog.',
	"Pagina's: alle .html-bestanden, met de 404-pagina en doorverwijzingen. Piekgeheugen: het hoogste opgetelde RSS van de hele procesboom van de bouw (elke 100 ms gelezen uit /proc; gedeeld geheugen telt per proces mee, dus eerder te hoog dan te laag).",
	'Eerste weergave: HTML, CSS en JS van de eigen site die Chromium laadt bij het openen van de pagina (lege cache), elk bestand apart gzip-gecomprimeerd en opgeteld; Pagefind laadt pas bij zoeken.',
	'Eerste zoekopdracht: op de home het zoekvak openen en een echte zoekvraag typen; alles wat daarvoor wordt opgehaald (waarvan de bestanden van Pagefind), en de tijd van de laatste toetsaanslag tot het eerste resultaat in beeld.',
	'Check: de wandkloktijd van `npm run check` op dat handboek. 1 KB = 1.000 bytes.',
];

/** Above this share of the CPU taken by others during a build, the run says its times are not to be trusted. */
export const busyMachineShare = 0.1;

/** A warning when other processes took a real share of the CPU during any build: then times, throughput and ratios are off. */
export function busyMachineLine(run: BenchmarkRun): string | undefined {
	const loads = run.results.map((result) => result.otherLoad ?? 0);
	const worst = Math.max(0, ...loads);
	if (worst <= busyMachineShare) return undefined;
	const busy = loads.filter((load) => load > busyMachineShare).length;
	return `**Let op**: tijdens ${busy} van de ${loads.length} bouwen gebruikten andere processen meer dan ${formatNumber(busyMachineShare * 100, 0)} % van de CPU (tot ${formatNumber(worst * 100, 0)} %). Die bouwtijden zijn te hoog, en doorvoer en verhoudingen daardoor scheef; de groottes, het geheugen en de eerste weergave hangen er niet van af. Meet opnieuw op een rustige machine.`;
}

/** The results as a reader gets them: where and when, the table, what the columns mean, what failed, and the targets. */
export function resultsBody(run: BenchmarkRun, outcomes: TargetOutcome[]): string {
	const busy = busyMachineLine(run);
	return [
		machineLine(run),
		...(busy ? ['', busy] : []),
		'',
		resultsTable(run.results),
		'',
		...legend.map((line) => `- ${line}`),
		'',
		...failureLines(run).flatMap((line) => [line, '']),
		'Doelen:',
		'',
		...targetLines(outcomes),
	].join('\n');
}

export function resultsMarkdown(run: BenchmarkRun, outcomes: TargetOutcome[]): string {
	return `# Prestaties${run.quick ? ' (snelle proef)' : ''}\n\n${resultsBody(run, outcomes)}\n`;
}
