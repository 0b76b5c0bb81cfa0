import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';

/** A port nobody listens on, for Chromium's remote debugging, through which Lighthouse drives it. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

const port = await freePort();
const session = builtSiteInChromium(undefined, [`--remote-debugging-port=${port}`]);

const categories = ['accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse with its defaults (a phone, as most readers use; no full-page screenshot), for the three categories that do
 * not depend on this machine's speed. Returns a line for each category below 100, with the
 * audits that lost it points, for the CI log.
 */
async function shortcomings(route: string): Promise<string[]> {
	// Without the full-page screenshot, which only illustrates Lighthouse's own report and counts in
	// no category: 1.4 s less per page, the same audits and scores (measured on a rule page).
	const { lhr } = (await lighthouse(session.site.url + route, { port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true }))!;
	if (lhr.runtimeError) return [`${route}: Lighthouse could not check the page: ${lhr.runtimeError.message}`];
	return categories.flatMap((id) => {
		const { score, auditRefs } = lhr.categories[id]!;
		if (score === 1) return [];
		const failing = auditRefs
			.map((ref) => lhr.audits[ref.id]!)
			.filter((audit, index) => auditRefs[index]!.weight > 0 && audit.score !== null && audit.score < 1)
			.map((audit) => `${audit.id} (${audit.title})`);
		return [`${route}: ${id} ${Math.round((score ?? 0) * 100)} — ${failing.join('; ')}`];
	});
}

describe('Lighthouse scores 100 for accessibility, best practices and SEO on a phone', () => {
	test.each([
		['the home page', paths.home],
		['a rule page', paths.rule('omgaan-met-anderen', 'respectvol-omgaan')],
		['an agreement page', paths.agreement('samen-op-kantoor')],
		['the glossary', paths.glossary],
	])('%s (%s)', async (_, route) => {
		expect(await shortcomings(route)).toEqual([]);
	});
});
