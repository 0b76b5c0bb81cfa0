import { defineConfig } from 'vitest/config';

/**
 * Two projects: the content check and scripts run on their own in a second; the site tests need
 * the built handbook, which the site project's global setup builds once before them.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'inhoud',
					include: ['tests/content-check/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/proposals/**/*.test.ts', 'tests/ci/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/built-site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['tests/helpers/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
