import { chromium, type Browser } from 'playwright-core';

/**
 * The same Chromium the browser tests use (tests/helpers/browser.ts, whose launcher is not
 * exported): CHROMIUM_PATH, or the one `npm install` brings with @sparticuz/chromium, with the
 * same flags for a closed network. Never a browser a tool downloads.
 */
export async function launchChromium(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH ?? (await import('@sparticuz/chromium')).default.executablePath();
	return chromium.launch({
		executablePath: await executablePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--no-zygote',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--no-default-browser-check',
		],
	});
}
