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

/** Builds the whole site as `npm run build` does: every edition, put together in one folder. */
export function runBuild(args: string[] = [], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.ts'), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
}
