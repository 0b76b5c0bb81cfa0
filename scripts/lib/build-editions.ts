// Builds one or more editions with Astro, one after another in this one process, for scripts/build.ts:
// each edition after the first then skips loading Astro and Vite again (src/build/astro-runs.ts says
// which editions share a process). Before each edition it writes which addresses the editions built
// before it serve, for its version switcher. The rest of each edition's settings comes from the
// environment scripts/build.ts gives this process; HANDBOOK_EDITION is set here, per edition, and
// astro.config.mjs reads it when Astro loads the config for that edition's build.
// Usage: node scripts/lib/build-editions.ts <job.json>, the job as `EditionsJob` below.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Edition } from '../../src/lib/edition.ts';
import { editionHeading } from '../../src/build/astro-runs.ts';
import { readPageManifest, writeServedPaths } from '../../src/build/page-manifest.ts';
import { servedPaths } from '../../src/lib/versions/missing-page.ts';

export interface EditionsJob {
	/** The editions to build, oldest first, each into its own folder. */
	editions: { edition: Edition; outDir: string }[];
	/** The editions before them, built earlier or taken from the cache: [id, folder of its pages]. */
	before: [id: string, outDir: string][];
	/** Where each build reads which addresses the editions before it serve (HANDBOOK_SERVED_PATHS). */
	servedFile: string;
	/**
	 * `npm run build -- --zonder-cache`: Astro reuses no page it rendered before (nor the content it
	 * stored), and keeps what it renders for the next build all the same (its `force`).
	 */
	withoutCache: boolean;
}

/** What a failed build says: the Dutch report of the content check (its stack is empty), else the error as Node prints it. */
function failure(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const hint = 'hint' in error && typeof error.hint === 'string' ? `\n${error.hint}` : '';
	return `${error.stack || error.message}${hint}`;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');
const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as EditionsJob;
const built = [...job.before];
for (const { edition, outDir } of job.editions) {
	console.log(`\n${editionHeading(edition)}`);
	// Loaded after the first heading: loading Astro is part of building an edition, and the
	// benchmark counts an edition's time from its heading (scripts/bench/phases.ts).
	const { build } = await import('astro');
	writeServedPaths(job.servedFile, servedPaths(built.map(([id, folder]) => [id, readPageManifest(folder).keys()])));
	process.env.HANDBOOK_EDITION = edition.id;
	try {
		await build({ root: projectRoot, outDir, force: job.withoutCache });
	} catch (error) {
		// scripts/build.ts then says which edition failed.
		console.error(failure(error));
		process.exit(1);
	}
	built.push([edition.id, outDir]);
}
