import { defineConfig } from 'vitest/config';

/** Tests that need the built handbook; the site project builds it once before them. */
const siteTests = ['tests/build/**/*.test.ts', 'tests/built-site/**/*.test.ts', 'tests/browser/**/*.test.ts'];

/** Components rendered on their own (Astro's Container API), in a project with Astro's compiler. */
const componentTests = 'tests/components/vitest.config.ts';

/**
 * Three projects: every other test (content check, scripts, proposals, CI files) runs on its own in
 * seconds; components render on their own; the site tests wait for one build of the handbook. A new
 * test folder lands in the first project unless it is listed above, so no test file is left out.
 */
export default defineConfig({
	test: {
		projects: [
			// Many of these run a script as an author does: a Node process of about a second, several
			// per test. On a busy machine (CI's runner, cores shared) vitest's 5 s default is too tight.
			{ test: { name: 'inhoud', include: ['tests/**/*.test.ts'], exclude: [...siteTests, 'tests/components/**'], testTimeout: 30_000 } },
			componentTests,
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
