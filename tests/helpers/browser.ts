import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { distDir } from './astro.ts';

/**
 * For the tests of one file: serves the built site (or the build `outDir()` names, once it exists,
 * at the base path it was built for) and opens Chromium (with any extra flags) before them, and
 * closes both after them.
 */
export function builtSiteInChromium(outDir?: () => string, chromiumFlags: string[] = [], basePath = '/') {
	const session = {} as { site: Awaited<ReturnType<typeof serveFolder>>; browser: Browser };
	beforeAll(async () => {
		session.site = await serveFolder(outDir?.() ?? distDir, basePath);
		session.browser = await launchChromium(chromiumFlags);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.site?.stop();
	});
	return session;
}
