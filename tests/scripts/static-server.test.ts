import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server.ts';

let root: string;
let site: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'static-server-'));
	mkdirSync(join(root, 'gedragscode'));
	writeFileSync(join(root, 'index.html'), '<h1>Start</h1>');
	writeFileSync(join(root, 'gedragscode', 'index.html'), '<h1>Gedragscode</h1>');
	writeFileSync(join(root, 'style.css'), 'body{}');
	writeFileSync(join(root, '404.html'), '<h1>Niet gevonden</h1>');
	site = await serveFolder(root, '/handboek/');
});
afterAll(async () => {
	await site?.stop();
	rmSync(root, { recursive: true, force: true });
});

test('serves a built site at its base path: a folder address is its index.html, each file with its type', async () => {
	expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/handboek$/);
	expect(await (await fetch(`${site.url}/`)).text()).toBe('<h1>Start</h1>');
	const page = await fetch(`${site.url}/gedragscode/`);
	expect(page.status).toBe(200);
	expect(page.headers.get('content-type')).toContain('text/html');
	expect(await page.text()).toBe('<h1>Gedragscode</h1>');
	expect((await fetch(`${site.url}/style.css`)).headers.get('content-type')).toContain('text/css');
});

test('an address that does not exist, or lies outside the base path, gets the site’s 404 page with status 404', async () => {
	for (const address of [`${site.url}/bestaat-niet/`, `${new URL(site.url).origin}/gedragscode/`]) {
		const response = await fetch(address);
		expect(response.status, address).toBe(404);
		expect(await response.text()).toBe('<h1>Niet gevonden</h1>');
	}
});
