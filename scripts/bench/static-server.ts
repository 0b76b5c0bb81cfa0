import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/** Text is compressed on the way, as any production host does; Pagefind's index files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** The file a request path stands for: /a/ is /a/index.html, /a is /a.html or /a/index.html. */
function fileFor(root: string, urlPath: string): string | undefined {
	const path = normalize(decodeURIComponent(urlPath.split('?')[0]!));
	if (path.split(sep).includes('..')) return undefined;
	const base = join(root, path);
	for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** A tiny static server for a built site on 127.0.0.1, with gzip for text, as a host serves it. */
export async function serveFolder(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const file = fileFor(root, request.url ?? '/');
		const status = file ? 200 : 404;
		const served = file ?? join(root, '404.html');
		if (!existsSync(served)) {
			response.writeHead(404).end();
			return;
		}
		const extension = extname(served);
		let body = readFileSync(served);
		const headers: Record<string, string> = { 'content-type': contentTypes[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
		if (compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		response.writeHead(status, headers).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () => new Promise<void>((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}
