import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests that need the built handbook; the site project builds it once before them. */
const siteTests = ['tests/build/**/*.test.ts', 'tests/built-site/**/*.test.ts', 'tests/browser/**/*.test.ts'];
/** Tests of the benchmark (scripts/bench): `npm run test:bench`, apart from `npm test`; CI runs both (.ci/run). */
const benchTests = ['tests/bench/**/*.test.ts'];

/** Components rendered on their own (Astro's Container API), in a project with Astro's compiler. */
const componentTests = 'tests/components/vitest.config.ts';

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
