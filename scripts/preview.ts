// Serves the built site (dist/, or --outDir) on this machine at its base path, as the host will
// serve it: `npm start` ends here. The base path is chosen as the build chooses it (--base, else
// HANDBOOK_BASE_PATH, else the path of `site` in organisation.yaml, else /), so give the same
// --base to both when you use it.
// Usage: npm run preview [-- --base /de-sociale-norm/] [-- --outDir <folder>] [-- --port 4321] [-- --host 0.0.0.0]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { readOrganisation } from '../src/lib/content/load-handbook.ts';
import { basePathOrExit } from './lib/base-path-or-exit.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { base: { type: 'string' }, outDir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } });
const { basePath } = basePathOrExit({ option: values.base, environment: process.env.HANDBOOK_BASE_PATH, site: readOrganisation(contentRoot).data?.site });
// The site holds every edition, each under its own base within the base path (scripts/build.ts).
await preview({
	root: projectRoot,
	base: basePath,
	...(values.outDir ? { outDir: resolve(values.outDir) } : {}),
	server: { ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: values.host } : {}) },
});
