import { stripVTControlCharacters } from 'node:util';
import type { AstroSteps, BuildPhases } from './results.ts';

/**
 * Where the time of one of our builds goes, read from its own output. The benchmark writes every
 * line of a build's output with the seconds since its start; scripts/build.ts announces each
 * edition ("— Werkversie (/werkversie/) —", or "…: ongewijzigd …, uit de cache —"), says how long
 * Pagefind and the PDF took (the search indexes of editions that shared an Astro process come after
 * the last of them) ("Zoekindex van …: … in 1.2 s.", "Handreiking van … als pdf: … in 0.8 s.")
 * and ends with "De site staat in …" once the site is put together. Astro's own lines (coloured
 * under CI) say when it starts its content layer, its bundling and its rendering.
 */

/** A line of output with the seconds since the command started: "[  12.345] text". */
export function stampedLine(seconds: number, text: string): string {
	return `[${seconds.toFixed(3).padStart(9)}] ${text}`;
}

interface Stamped {
	at: number;
	text: string;
}

function readStamped(log: string): Stamped[] {
	return log.split('\n').flatMap((line) => {
		const match = /^\[\s*(\d+(?:\.\d+)?)\] (.*)$/.exec(line);
		return match ? [{ at: Number(match[1]), text: stripVTControlCharacters(match[2]!).trim() }] : [];
	});
}

const editionHeader = /^— .+ —$/;
const fromCache = /uit de cache —$/;
const searchIndexLine = /^Zoekindex van .* in (\d+(?:\.\d+)?) s\.$/;
const pdfLine = /^Handreiking van .* als pdf: .* in (\d+(?:\.\d+)?) s\.$/;
const siteDone = /^De site staat in /;
/** The line Astro prints as it starts each step after its start-up, in the order it takes them. */
const astroStepStarts = { content: /\[content\] Syncing content$/, bundling: /\[build\] Building static entrypoints/, rendering: /generating static routes$/ } as const;
type AstroStep = keyof typeof astroStepStarts;

/** The phases of a build from its stamped output and its wall time; null when the output does not show a finished site. */
export function phasesOf(log: string, totalSeconds: number): BuildPhases | null {
	const lines = readStamped(log);
	const done = lines.find((line) => siteDone.test(line.text));
	if (!done) return null;
	const phases: BuildPhases = { editions: 0, searchIndex: 0, pdf: 0, assembly: 0, other: 0, editionsBuilt: 0, astro: null };
	const astro: AstroSteps = { startUp: 0, content: 0, bundling: 0, rendering: 0 };
	let everyStepSeen = true;
	/** The heading of the edition Astro is building: it ends at the next heading or when the first search index starts. */
	let building: Stamped | undefined;
	/** When Astro started each step of the edition it is building. */
	let started: Partial<Record<AstroStep, number>> = {};
	const astroDone = (at: number) => {
		if (!building) return;
		phases.editions += Math.max(0, at - building.at);
		const { content, bundling, rendering } = started;
		if (content === undefined || bundling === undefined || rendering === undefined) everyStepSeen = false;
		else {
			astro.startUp += content - building.at;
			astro.content += bundling - content;
			astro.bundling += rendering - bundling;
			astro.rendering += Math.max(0, at - rendering);
		}
		building = undefined;
	};
	let lastEvent: number | undefined;
	for (const line of lines) {
		if (line === done) break;
		if (editionHeader.test(line.text)) {
			astroDone(line.at);
			building = fromCache.test(line.text) ? undefined : line;
			started = {};
			if (building) phases.editionsBuilt += 1;
			lastEvent = line.at;
			continue;
		}
		const step = building && (Object.keys(astroStepStarts) as AstroStep[]).find((name) => astroStepStarts[name].test(line.text));
		if (step && started[step] === undefined) {
			started[step] = line.at;
			continue;
		}
		const index = searchIndexLine.exec(line.text);
		if (index) {
			const seconds = Number(index[1]);
			phases.searchIndex += seconds;
			astroDone(line.at - seconds);
			lastEvent = line.at;
			continue;
		}
		const pdf = pdfLine.exec(line.text);
		if (pdf) {
			phases.pdf += Number(pdf[1]);
			lastEvent = line.at;
		}
	}
	if (everyStepSeen && phases.editionsBuilt > 0) phases.astro = astro;
	phases.assembly = lastEvent === undefined ? 0 : Math.max(0, done.at - lastEvent);
	phases.other = Math.max(0, totalSeconds - phases.editions - phases.searchIndex - phases.pdf - phases.assembly);
	return phases;
}
