import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** One file fetched while searching: its address, its content type and its body as the page got it (decoded). */
export interface Transfer {
	url: string;
	contentType: string;
	body: Buffer;
}

export interface FirstSearch {
	query: string;
	/** Bytes fetched from /pagefind/ (its script, the language's wasm, index chunks, fragments; its worker's script, should it start one). */
	pagefindBytes: number;
	/** Bytes fetched from opening the search to the results, /pagefind/ or not (a search interface loaded on opening counts too). */
	allBytes: number;
	/** Milliseconds from the last keystroke to the first result on screen. */
	milliseconds: number;
	results: number;
}

/**
 * Text a static host sends compressed: the git host's Pages (and the first view's measure) gzip
 * HTML, CSS, JavaScript and JSON. Pagefind's index, fragments and wasm are gzipped by Pagefind
 * itself and go over the wire as they are.
 */
const compressedByHost = /^(text\/|application\/(javascript|json)|image\/svg\+xml)/;

/** The bytes of a body as a static host sends it. */
export function bytesAsSent(transfer: Transfer): number {
	return compressedByHost.test(transfer.contentType) ? gzipSync(transfer.body).length : transfer.body.length;
}

/** What a first search fetched from the site itself, in all and from /pagefind/, each body as the host sends it. */
export function searchBytes(transfers: Transfer[], origin: string): { pagefindBytes: number; allBytes: number } {
	const own = transfers.filter((transfer) => new URL(transfer.url).origin === origin);
	const sum = (list: Transfer[]) => list.reduce((total, transfer) => total + bytesAsSent(transfer), 0);
	return { allBytes: sum(own), pagefindBytes: sum(own.filter((transfer) => new URL(transfer.url).pathname.includes('/pagefind/'))) };
}

/**
 * In the page: notes the time of every keystroke in the search box and, on each frame, whether
 * results for the whole query are on screen (the search box's count names the query and the first
 * result has its title). Written as text so no bundler rewrites it.
 */
const instrument = (query: string) => `(() => {
	const bench = (window.__bench = { lastInput: 0, firstResult: 0 });
	document.addEventListener('input', () => { bench.lastInput = performance.now(); bench.firstResult = 0; }, true);
	const tick = () => {
		if (bench.lastInput && !bench.firstResult) {
			const message = document.querySelector('handbook-search [data-search-message]');
			const link = document.querySelector('handbook-search .search-result__link');
			if (message && message.textContent.includes(${JSON.stringify(query)}) && link && link.textContent.trim()) bench.firstResult = performance.now();
		}
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

/** Waits until no request has been open for `quietMs`. */
async function networkQuiet(page: Page, open: () => number, lastActivity: () => number, quietMs = 500) {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (open() === 0 && Date.now() - lastActivity() >= quietMs) return;
		await page.waitForTimeout(50);
	}
}

/**
 * A reader's first search: the home page in a fresh context (empty cache), open the search with
 * its button, type the query as a person types, and wait for the first result.
 */
export async function measureFirstSearch(browser: Browser, homeUrl: string, query: string): Promise<FirstSearch> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(homeUrl, { waitUntil: 'networkidle' });
		// Bodies, not Playwright's transfer sizes: those give 0 for the script of Pagefind's worker.
		const transfers: Promise<Transfer | undefined>[] = [];
		let open = 0;
		let lastActivity = Date.now();
		page.on('request', () => {
			open += 1;
			lastActivity = Date.now();
		});
		page.on('requestfailed', () => {
			open -= 1;
			lastActivity = Date.now();
		});
		page.on('response', (response) => {
			transfers.push(
				response
					.body()
					.then((body) => ({ url: response.url(), contentType: response.headers()['content-type'] ?? '', body }))
					.catch(() => undefined), // a redirect has no body
			);
		});
		page.on('requestfinished', () => {
			open -= 1;
			lastActivity = Date.now();
		});
		await page.evaluate(instrument(query));
		await page.getByRole('button', { name: 'Zoeken' }).first().click();
		const input = page.locator('handbook-search [data-search-input]').first();
		await input.waitFor({ state: 'visible' });
		await input.click();
		await input.pressSequentially(query, { delay: 80 });
		await page.waitForFunction('window.__bench.firstResult > 0', null, { timeout: 30_000 });
		const { lastInput, firstResult } = (await page.evaluate('window.__bench')) as { lastInput: number; firstResult: number };
		const results = await page.locator('handbook-search .search-result').count();
		await networkQuiet(page, () => open, () => lastActivity);
		return { query, ...searchBytes((await Promise.all(transfers)).filter((transfer) => transfer !== undefined), new URL(homeUrl).origin), milliseconds: firstResult - lastInput, results };
	} finally {
		await context.close();
	}
}
