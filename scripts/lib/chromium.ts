import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium that `npm install` brings (@sparticuz/chromium ships it inside the package, for
 * Linux x64 and arm64), so the browser tests and the benchmark run on a machine with only Node and
 * npm. On macOS or Windows that package has no binary: point CHROMIUM_PATH at an installed Chrome
 * or Chromium. Never a browser a tool downloads.
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

/** A headless Chromium. Extra flags, such as a remote-debugging port for Lighthouse, come last. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumArgs, ...extraArgs], headless: true });
}
