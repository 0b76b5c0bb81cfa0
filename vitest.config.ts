import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Tests that need the built handbook; the site project builds it once before them. */
const siteTests = ['tests/build/**/*.test.ts', 'tests/built-site/**/*.test.ts', 'tests/browser/**/*.test.ts'];
/** Tests of the benchmark (scripts/bench): `npm run test:bench`, apart from `npm test`; CI runs both (.ci/run). */
const benchTests = ['tests/bench/**/*.test.ts'];

/** Components rendered on their own (Astro's Container API), in a project with Astro's compiler. */
const componentTests = 'tests/components/vitest.config.ts';

/**
 * vitest's order (project by project; in a clean clone larger files first), with the every-page
 * gate first of the site project: it takes three minutes, far longer than any other file, and
 * started late (it is a small file) it ran its last minute alone while the other worker was done.
 * Not before the inhoud project: beside it, those ran three times as long (measured).
 */
class EveryPageFirstOfSite extends BaseSequencer {
	override async sort(files: TestSpecification[]) {
		const sorted = await super.sort(files);
		const everyPage = sorted.filter((file) => file.moduleId.endsWith('/tests/browser/every-page.test.ts'));
		const rest = sorted.filter((file) => !everyPage.includes(file));
		const firstOfSite = rest.findIndex((file) => file.project.name === 'site');
		return firstOfSite === -1 ? sorted : [...rest.slice(0, firstOfSite), ...everyPage, ...rest.slice(firstOfSite)];
	}
}

/**
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
		sequence: { sequencer: EveryPageFirstOfSite },
		projects: [
			// Many of these run a script as an author does: a Node process of about a second, several
			// per test. On a busy machine (CI's runner, cores shared) vitest's 5 s default is too tight.
			{ test: { name: 'inhoud', include: ['tests/**/*.test.ts'], exclude: [...siteTests, ...benchTests, 'tests/components/**'], testTimeout: 30_000 } },
			componentTests,
			{ test: { name: 'bench', include: benchTests, testTimeout: 30_000 } },
			{
				test: {
					name: 'site',
					include: siteTests,
					globalSetup: ['tests/helpers/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
