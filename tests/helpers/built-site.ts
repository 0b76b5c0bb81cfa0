import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { distDir } from './astro.ts';

/** The file built for a route such as /gedragscode/ (or /404.html); in the handbook's own build unless another is named. */
export function builtFile(route: string, dist = distDir): string {
	return join(dist, route.endsWith('.html') ? route : join(route, 'index.html'));
}

/** The built page at a route such as /gedragscode/ (or /404.html), as a DOM document; from the handbook's own build unless another is named. */
export function readPage(route: string, dist = distDir): Document {
	const html = readFileSync(builtFile(route, dist), 'utf8');
	return parseHTML(html).document as unknown as Document;
}

/** Every built HTML page, as a route. */
export function builtRoutes(dist = distDir): string[] {
	return listFiles(dist)
		.filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
		.map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/** Every page a reader can land on, as a URL path: the built routes and the page for a missing address. */
export function everyBuiltPage(dist = distDir): string[] {
	return [...builtRoutes(dist), '/404.html'];
}

/** Visible text of an element with whitespace collapsed, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
