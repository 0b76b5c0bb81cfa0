import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { preview } from 'astro';
import { projectRoot } from './astro.ts';

/**
 * The Chromium that `npm install` brings (@sparticuz/chromium ships it inside the package, for
 * Linux x64 and arm64), so the browser tests run on a machine with only Node and npm. On macOS or
 * Windows that package has no binary: point CHROMIUM_PATH at an installed Chrome or Chromium.
 * Test tools never download a browser of their own.
 */
async function chromiumExecutable(): Promise<string> {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	const { default: packaged } = await import('@sparticuz/chromium');
	return packaged.executablePath();
}

/** Flags for a headless Chromium in a closed network; without them it keeps calling Google's hosts. */
const chromiumArgs = [
	'--no-sandbox',
	'--no-zygote',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--no-default-browser-check',
];

/** Chromium for a test file. Extra flags, such as a remote-debugging port for Lighthouse, come last. */
async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumArgs, ...extraArgs], headless: true });
}

/** Serves the built site (dist/, or another build) on localhost, as `npm start` does. */
async function serveBuiltSite(outDir?: string) {
	// base '/': the site holds every edition, each under its own base (scripts/build.ts).
	const server = await preview({ root: projectRoot, base: '/', ...(outDir ? { outDir } : {}), logLevel: 'error', server: { host: '127.0.0.1', port: 4400 + Math.floor(Math.random() * 500) } });
	return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/**
 * For the tests of one file: serves the built site (or the build `outDir()` names, once it exists)
 * and opens Chromium (with any extra flags) before them, and closes both after them.
 */
export function builtSiteInChromium(outDir?: () => string, chromiumFlags: string[] = []) {
	const session = {} as { site: Awaited<ReturnType<typeof serveBuiltSite>>; browser: Browser };
	beforeAll(async () => {
		session.site = await serveBuiltSite(outDir?.());
		session.browser = await launchChromium(chromiumFlags);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.site?.stop();
	});
	return session;
}
