import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site (a folder such as dist/) on 127.0.0.1 at its base path, as a static host
 * serves it: /a/ is /a/index.html, and an address that does not exist gets the site's 404.html
 * with status 404. The browser tests and the benchmark both use it. `url` is the address of the
 * site itself, base path included, without the last slash.
 */
export async function serveFolder(root: string, basePath = '/'): Promise<{ url: string; stop: () => Promise<void> }> {
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	// dev: read each file when it is asked for, so a folder that is still being written is served as it is now.
	const files = sirv(root, { dev: true, etag: false, extensions: ['html'] });
	const notFound = (response: ServerResponse) => {
		const page = join(root, '404.html');
		response.writeHead(404, existsSync(page) ? { 'content-type': 'text/html; charset=utf-8' } : {}).end(existsSync(page) ? readFileSync(page) : undefined);
	};
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const url = request.url ?? '/';
		if (!url.startsWith(base) && `${url}/` !== base) return notFound(response);
		request.url = `/${url.slice(base.length)}`;
		files(request, response, () => notFound(response));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base.slice(0, -1)}`,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
