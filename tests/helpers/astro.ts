import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const distDir = join(projectRoot, 'dist');
const astroCli = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs the Astro CLI with the Node that runs the tests (Node 24 under npm test). */
export function runAstro(args: string[], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [astroCli, ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		// vitest sets NODE_ENV=test, which would make Astro build a development site.
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
}
