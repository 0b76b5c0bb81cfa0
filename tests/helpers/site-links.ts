import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { distDir } from './astro.ts';

/** Where the built site is served, as the test pretends: its host, and the base path it was built for. */
export interface ServedAt {
	/** The host the site's own addresses use: `site` in organisation.yaml when set. */
	origin?: string;
	basePath?: string;
}

/** Every address one built file points at, read as the browser or a crawler would; links to a heading are to be checked for it. */
function addressesIn(file: string, text: () => string, document: () => Document): { address: string; anchorChecked: boolean }[] {
	if (file.endsWith('.html')) {
		const attribute = (selector: string, name: string) => [...document().querySelectorAll(selector)].map((element) => element.getAttribute(name)!);
		const refresh = attribute('meta[http-equiv="refresh"]', 'content').map((content) => /url=(.+)$/i.exec(content)?.[1] ?? '');
		return [
			...attribute('a[href]', 'href').map((address) => ({ address, anchorChecked: true })),
			...[...attribute('link[href]', 'href'), ...attribute('script[src]', 'src'), ...attribute('img[src]', 'src'), ...refresh].map((address) => ({ address, anchorChecked: false })),
		];
	}
	const all = (pattern: RegExp) => [...text().matchAll(pattern)].map((match) => ({ address: match[1]!, anchorChecked: false }));
	if (file.endsWith('.xml')) return [...all(/<loc>([^<]+)<\/loc>/g), ...all(/<link[^>]*\shref="([^"]+)"/g)];
	if (file.endsWith('.css')) return all(/url\(\s*["']?([^"')]+)["']?\s*\)/g);
	if (file.endsWith('.txt')) return all(/^Sitemap:\s*(\S+)/gm);
	return [];
}

/**
 * Every address in the built site that leads nowhere, as "file → address": links, stylesheets,
 * scripts, images and forwards of every page of every edition (forwarding pages and the 404 page
 * too), the feed's and sitemaps' links, robots.txt's sitemap, and the files stylesheets load. The
 * folder is what the host serves at `basePath`: an address of the site outside the base path is
 * broken, as it is on the host. A link to a heading must find that heading on its page.
 */
export function brokenLinks(dist = distDir, { origin = 'http://handboek', basePath = '/' }: ServedAt = {}): string[] {
	const files = listFiles(dist).filter((file) => /\.(html|xml|css|txt)$/.test(file) && !file.startsWith('pagefind'));
	// Each page is parsed once, for its own links and for the headings other pages link to.
	const documents = new Map<string, Document>();
	const documentOf = (file: string) => {
		if (!documents.has(file)) documents.set(file, parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
		return documents.get(file)!;
	};
	/** The file the host serves for a path, or nothing. */
	const servedFile = (pathname: string): string | undefined => {
		if (!pathname.startsWith(basePath)) return undefined;
		const file = join(dist, decodeURIComponent(pathname.slice(basePath.length)));
		if (existsSync(file) && statSync(file).isFile()) return file;
		return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
	};
	return files.flatMap((file) => {
		// Where the file itself is served, so relative addresses resolve as in the browser.
		const servedAs = new URL(`${basePath}${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`, origin);
		const path = join(dist, file);
		return addressesIn(file, () => readFileSync(path, 'utf8'), () => documentOf(path)).flatMap(({ address, anchorChecked }) => {
			if (address === '' || /^(mailto|tel|data|javascript):/.test(address)) return [];
			const target = new URL(address, servedAs);
			if (target.origin !== new URL(origin).origin) return [];
			const found = servedFile(target.pathname);
			if (!found) return [`${file} → ${address}`];
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchorChecked && anchor && found.endsWith('.html') && !documentOf(found).getElementById(anchor)) return [`${file} → ${address}`];
			return [];
		});
	});
}
