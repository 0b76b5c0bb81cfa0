import type { Edition } from '../lib/edition.ts';

/**
 * The order in which scripts/build.ts makes the editions: each published version taken from the
 * cache of editions, or built by Astro. Editions Astro builds one after another share one process
 * (scripts/lib/build-editions.ts) while the editions built there before are small: every Astro
 * process first spends about 3 s loading Astro, Vite and the config, but a build also leaves part of
 * what it read in the process's memory. Measured at 5,000 interpretations with 3 versions, all four
 * editions in one process: 92 s instead of 123 s, but 1.66 GB at its peak instead of 0.96 GB, the
 * heap after each build 109, 201, 275 and 325 MB. So a process takes the next edition only while the
 * editions it built hold at most `carriedFilesLimit` content files: version 0.1 of the repository
 * (about 300) and the working version share one process, two large versions never do.
 */
export const carriedFilesLimit = 2000;

/** MB of heap room, per content file of the editions built earlier in the same process. */
const carriedHeapPerFile = 0.1;

export type BuildStep = { kind: 'cached'; edition: Edition; outDir: string } | { kind: 'astro'; editions: Edition[]; heapLimit: number };

interface StepSizes {
	/** By edition id: the content files of the edition (src/build/build-plan.ts). */
	contentFiles: Record<string, number>;
	/** By edition id: the heap, in MB, the edition's Astro build needs on its own. */
	heapLimits: Record<string, number>;
}

/** `kept`: where the cache of editions holds an edition's pages, if it does (never for the working version). */
export function buildSteps(editions: Edition[], kept: (edition: Edition) => string | undefined, { contentFiles, heapLimits }: StepSizes): BuildStep[] {
	const steps: BuildStep[] = [];
	/** Content files of the editions the last Astro step built so far. */
	let carried = 0;
	for (const edition of editions) {
		const outDir = kept(edition);
		if (outDir) {
			steps.push({ kind: 'cached', edition, outDir });
			continue;
		}
		const last = steps.at(-1);
		const heapLimit = heapLimits[edition.id]!;
		if (last?.kind === 'astro' && carried <= carriedFilesLimit) {
			last.editions.push(edition);
			last.heapLimit = Math.max(last.heapLimit, Math.round(heapLimit + carriedHeapPerFile * carried));
			carried += contentFiles[edition.id]!;
		} else {
			steps.push({ kind: 'astro', editions: [edition], heapLimit });
			carried = contentFiles[edition.id]!;
		}
	}
	return steps;
}

/** The line that starts an edition in the build's output; the benchmark reads where its time goes from these (scripts/bench/phases.ts). */
export function editionHeading(edition: Pick<Edition, 'name' | 'base'>, fromCache = false): string {
	return fromCache ? `— ${edition.name} (${edition.base}): ongewijzigd sinds de vorige bouw, uit de cache —` : `— ${edition.name} (${edition.base}) —`;
}
