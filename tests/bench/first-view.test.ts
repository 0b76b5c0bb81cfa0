import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { firstViewBytes, type RecordedResponse } from '../../scripts/bench/first-view.ts';
import { bytesAsSent, searchBytes } from '../../scripts/bench/first-search.ts';

const origin = 'http://127.0.0.1:4000';
const repetitive = (text: string, times: number) => Buffer.from(text.repeat(times));

const page: RecordedResponse = { url: `${origin}/gedragscode/`, resourceType: 'document', body: repetitive('<p>Je pest niet.</p>', 500) };
const style: RecordedResponse = { url: `${origin}/_astro/index.css`, resourceType: 'stylesheet', body: repetitive('.a{color:red}', 400) };
const script: RecordedResponse = { url: `${origin}/_astro/page.js`, resourceType: 'script', body: repetitive('console.log(1);', 300) };

describe('the compressed size of a first view', () => {
	test('sums the gzipped page, stylesheets and scripts, each compressed on its own', () => {
		const view = firstViewBytes([page, style, script], origin);
		expect(view.files.map((file) => file.path)).toEqual(['/gedragscode/', '/_astro/index.css', '/_astro/page.js']);
		expect(view.gzipBytes).toBe(view.files.reduce((sum, file) => sum + file.gzipBytes, 0));
		// Compressed: far below the raw bytes, and more than nothing.
		const raw = page.body.length + style.body.length + script.body.length;
		expect(view.gzipBytes).toBeGreaterThan(0);
		expect(view.gzipBytes).toBeLessThan(raw / 10);
		// Each file is compressed separately, as a server sends it: more than compressing them together.
		expect(view.gzipBytes).toBeGreaterThan(firstViewBytes([{ ...page, body: Buffer.concat([page.body, style.body, script.body]) }], origin).gzipBytes);
	});

	test('leaves out other hosts, images, fonts and fetches such as a search index', () => {
		const counted = firstViewBytes([page, style, script], origin).gzipBytes;
		const withOthers = firstViewBytes(
			[
				page,
				style,
				script,
				{ url: 'https://cdn.example.org/tracker.js', resourceType: 'script', body: repetitive('x', 5_000) },
				{ url: `${origin}/favicon.svg`, resourceType: 'image', body: repetitive('<svg/>', 100) },
				{ url: `${origin}/fonts/a.woff2`, resourceType: 'font', body: repetitive('f', 100) },
				{ url: `${origin}/pagefind/pagefind-entry.json`, resourceType: 'fetch', body: repetitive('{}', 100) },
			],
			origin,
		);
		expect(withOthers.gzipBytes).toBe(counted);
		expect(withOthers.files).toHaveLength(3);
	});

	test('a larger page costs more', () => {
		const bigger = { ...page, body: Buffer.concat([page.body, Buffer.from(Array.from({ length: 2_000 }, (_, i) => `<li>Afspraak ${i * 7919}</li>`).join(''))]) };
		expect(firstViewBytes([bigger, style, script], origin).gzipBytes).toBeGreaterThan(firstViewBytes([page, style, script], origin).gzipBytes);
	});
});

describe('the bytes of a first search', () => {
	const file = (path: string, contentType: string, body: Buffer) => ({ url: `${origin}${path}`, contentType, body });
	// Pagefind's own files are gzipped already: random bytes stand in for them, as they do not compress again.
	const gzippedAlready = (size: number) => randomBytes(size);
	const script = Buffer.from('export const pages = [];\n'.repeat(400));

	test('counts what the site sent, in all and from /pagefind/, each body as the host sends it', () => {
		const bytes = searchBytes(
			[
				file('/pagefind/pagefind.js', 'text/javascript', script),
				file('/pagefind/wasm.nl.pagefind', 'application/octet-stream', gzippedAlready(6_000)),
				file('/pagefind/fragment/nl_abc.pf_fragment', '', gzippedAlready(2_000)),
				file('/_astro/search.js', 'text/javascript; charset=utf-8', script),
				{ url: 'https://elders.example.org/pagefind/x.js', contentType: 'text/javascript', body: gzippedAlready(9_000) },
			],
			origin,
		);
		const scriptAsSent = gzipSync(script).length;
		expect(scriptAsSent).toBeLessThan(script.length / 10);
		expect(bytes).toEqual({ pagefindBytes: scriptAsSent + 8_000, allBytes: 2 * scriptAsSent + 8_000 });
	});

	test('a script or JSON file counts gzipped, an index file as it is', () => {
		expect(bytesAsSent(file('/pagefind/pagefind-entry.json', 'application/json', script))).toBe(gzipSync(script).length);
		expect(bytesAsSent(file('/pagefind/index/nl_1.pf_index', 'application/octet-stream', script))).toBe(script.length);
	});
});
