import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { preview } from 'astro';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { projectRoot } from './astro.ts';

/**
 * Serves the built site (dist/, or another build) on localhost at its base path, as `npm start`
 * does. `url` is the address of the site itself, base path included, without the last slash.
 */
async function serveBuiltSite(outDir?: string, basePath = '/') {
	// The site holds every edition, each under its own base within the base path (scripts/build.ts).
	const server = await preview({ root: projectRoot, base: basePath, ...(outDir ? { outDir } : {}), logLevel: 'error', server: { host: '127.0.0.1', port: 4400 + Math.floor(Math.random() * 500) } });
	return { url: `http://127.0.0.1:${server.port}${basePath.replace(/\/$/, '')}`, stop: () => server.stop() };
}

/**
 * For the tests of one file: serves the built site (or the build `outDir()` names, once it exists,
 * at the base path it was built for) and opens Chromium (with any extra flags) before them, and
 * closes both after them.
 */
export function builtSiteInChromium(outDir?: () => string, chromiumFlags: string[] = [], basePath = '/') {
	const session = {} as { site: Awaited<ReturnType<typeof serveBuiltSite>>; browser: Browser };
	beforeAll(async () => {
		session.site = await serveBuiltSite(outDir?.(), basePath);
		session.browser = await launchChromium(chromiumFlags);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.site?.stop();
	});
	return session;
}
