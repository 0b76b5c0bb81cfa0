import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One response the browser received, as recorded while a page loads. */
export interface RecordedResponse {
	url: string;
	/** Playwright's resource type: document, stylesheet, script, image, font, fetch … */
	resourceType: string;
	/** The body as the page got it (decoded). */
	body: Buffer;
}

export interface FirstView {
	/** HTML + CSS + JS of the site itself, each gzipped on its own, summed. */
	gzipBytes: number;
	/** The files counted, with their gzipped size. */
	files: { path: string; resourceType: string; gzipBytes: number }[];
}

/** What a browser loads on a first view: the page, its stylesheets and its scripts. Search indexes load only when searching. */
const firstViewTypes = new Set(['document', 'stylesheet', 'script']);

/** The compressed size of a first view: every same-origin document, stylesheet and script, each gzipped, summed. */
export function firstViewBytes(responses: RecordedResponse[], origin: string): FirstView {
	const files = responses
		.filter((response) => firstViewTypes.has(response.resourceType) && new URL(response.url).origin === origin)
		.map((response) => ({ path: new URL(response.url).pathname, resourceType: response.resourceType, gzipBytes: gzipSync(response.body).length }));
	return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}

/** Loads a page in a fresh browser context (empty cache) and measures its first view. */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const pending: Promise<RecordedResponse | undefined>[] = [];
		page.on('response', (response) => {
			pending.push(
				response
					.body()
					.then((body) => ({ url: response.url(), resourceType: response.request().resourceType(), body }))
					.catch(() => undefined), // a redirect has no body
			);
		});
		const visit = await page.goto(url, { waitUntil: 'networkidle' });
		if (!visit?.ok()) throw new Error(`${url} gaf ${visit?.status() ?? 'geen antwoord'}`);
		const responses = (await Promise.all(pending)).filter((response) => response !== undefined);
		return firstViewBytes(responses, new URL(url).origin);
	} finally {
		await context.close();
	}
}
