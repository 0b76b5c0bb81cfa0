import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Tests that need the built handbook; the site project builds it once before them. */
const siteTests = ['tests/build/**/*.test.ts', 'tests/built-site/**/*.test.ts', 'tests/browser/**/*.test.ts'];
/** Tests of the benchmark (scripts/bench): `npm run test:bench`, apart from `npm test`; CI runs both (.ci/run). */
const benchTests = ['tests/bench/**/*.test.ts'];

/** Components rendered on their own (Astro's Container API), in a project with Astro's compiler. */
const componentTests = 'tests/components/vitest.config.ts';

/** A test file that makes a build of its own (builds take turns: tests/helpers/build-lock.ts). */
const buildsItsOwn = (file: TestSpecification) => /\b(buildVariant|runBuild)\(/.test(readFileSync(file.moduleId, 'utf8'));

/**
 * vitest's order (project by project; in a clean clone larger files first), with these changes in
 * the site project:
 * - The every-page gate goes first: it takes two to three minutes, far longer than any other file, and
 *   started late (it is a small file) it ran its last minute alone while the other worker was done.
 *   Not before the inhoud project: beside it, those ran three times as long (measured).
 * - Beside it the first two files in that order that make a build of their own (the versions and
 *   the live handbook): a build takes one core, every-page's two tabs the rest, where another
 *   browser file would compete with them.
 * - Then files that build take turns with files that do not. In vitest's own order the build files
 *   came one after another, so the two workers often both reached a build and one waited idle for
 *   the other's to end (about 30 s in a run of 5 December).
 * - Lighthouse first of the files that do not build: about 30 s, in a small file, so in a clean
 *   clone (files by size) it came last and ran its final 6-13 s alone.
 */
/** Whether `file` is the test file at `path` under tests/. */
const isFile = (path: string) => (file: TestSpecification) => file.moduleId.endsWith(`/tests/${path}`);

class SiteOrder extends BaseSequencer {
	override async sort(files: TestSpecification[]) {
		const sorted = await super.sort(files);
		const firstOfSite = sorted.findIndex((file) => file.project.name === 'site');
		if (firstOfSite === -1) return sorted;
		const site = sorted.slice(firstOfSite).filter((file) => file.project.name === 'site');
		const everyPage = site.filter(isFile('browser/every-page.test.ts'));
		const building = site.filter((file) => !everyPage.includes(file) && buildsItsOwn(file));
		const notBuilding = site.filter((file) => !everyPage.includes(file) && !building.includes(file));
		const lighthouse = notBuilding.filter(isFile('browser/lighthouse.test.ts'));
		const browsing = [...lighthouse, ...notBuilding.filter((file) => !lighthouse.includes(file))];
		const besideEveryPage = building.slice(0, 2);
		const later = building.slice(2);
		const alternating = Array.from({ length: Math.max(later.length, browsing.length) }, (_, index) => [later[index], browsing[index]]).flat();
		const others = sorted.filter((file) => !site.includes(file));
		return [...others.slice(0, firstOfSite), ...everyPage, ...besideEveryPage, ...alternating.filter((file) => file !== undefined), ...others.slice(firstOfSite)];
	}
}

/**
 * `isolate: false` in the inhoud and site projects: a worker runs file after file, keeping the
 * modules it imported (playwright-core, linkedom, zod, the handbook's own code) instead of a fresh
 * worker that imports them again per file: vitest counted 101 workers of about 0.33 s each, and
 * importing took 40-70 s of the workers' time in a run. A file that mocks a module imports what uses
 * it afresh (`vi.resetModules()`, tests/scripts/publish-failure.test.ts); module-level caches live
 * on from file to file in a worker (DEVELOPING lists them).
 *
 * Four projects: every other test (content check, scripts, proposals, CI files) runs on its own in
 * seconds; components render on their own (`componenten`); the site tests wait for one build of
 * the handbook; the benchmark's tests only concern a maintainer's tool, so `npm test` leaves them
 * to `npm run test:bench`. A new test folder lands
 * in the first project unless it is listed above, so no test file is left out.
 */
export default defineConfig({
	test: {
		// vitest's default is one worker less than there are cores: one on a 2-core machine, so test
		// files ran one after another while most of them wait on a child process (a build, Chromium).
		// Two files at a time keep both cores busy; full builds still take turns (tests/helpers/build-lock.ts).
		maxWorkers: Math.max(2, availableParallelism() - 1),
		sequence: { sequencer: SiteOrder },
		projects: [
			// Many of these run a script as an author does: a Node process of about a second, several
			// per test. On a busy machine (CI's runner, cores shared) vitest's 5 s default is too tight.
			{ test: { name: 'inhoud', include: ['tests/**/*.test.ts'], exclude: [...siteTests, ...benchTests, 'tests/components/**'], testTimeout: 30_000, isolate: false } },
			componentTests,
			{ test: { name: 'bench', include: benchTests, testTimeout: 30_000 } },
			{
				test: {
					name: 'site',
					include: siteTests,
					globalSetup: ['tests/helpers/build-site.ts'],
					setupFiles: ['tests/helpers/site-built.ts'],
					isolate: false,
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
