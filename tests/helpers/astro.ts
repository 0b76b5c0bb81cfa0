import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const distDir = join(projectRoot, 'dist');
const astroCli = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment of a build started by a test. vitest sets NODE_ENV=test, which would make Astro
 * build a development site, and puts Vite's own variables (BASE_URL=/, MODE, DEV, PROD, SSR) into
 * process.env of its workers: a build that inherits BASE_URL links its sidebar at / whatever the
 * edition's base, so a build from a test would differ from `npm run build`.
 */
const viteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
/**
 * Settings of the site a test names itself: a HANDBOOK_BASE_PATH left in the shell (or CI) would
 * move every page, and a HANDBOOK_VERSIONS_VERIFIED left there would skip the checksums a bare
 * `astro build` of a test checks.
 */
const handbookSettings = new Set(['HANDBOOK_BASE_PATH', 'HANDBOOK_VERSIONS_VERIFIED']);
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteVariables.has(key) && !handbookSettings.has(key)));
	return { ...inherited, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Runs the Astro CLI with the Node that runs the tests (Node 24 under npm test). */
export function runAstro(args: string[], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [astroCli, ...args], { cwd: projectRoot, encoding: 'utf8', env: buildEnv(env) });
}

/** Builds the whole site as `npm run build` does: every edition, put together in one folder. */
export function runBuild(args: string[] = [], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.ts'), ...args], { cwd: projectRoot, encoding: 'utf8', env: buildEnv(env) });
}
