import { chromium, type Browser } from 'playwright-core';
import { preview } from 'astro';
import { projectRoot } from './astro.ts';

/** Debian's Chromium, installed by .ci/run; never a browser downloaded by a test tool. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
}

/** Serves the built site (dist/) on localhost, as `npm start` does. */
export async function serveBuiltSite() {
	const server = await preview({ root: projectRoot, logLevel: 'error', server: { host: '127.0.0.1', port: 4400 + Math.floor(Math.random() * 500) } });
	return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
