import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Builds the site from another content folder, without blocking the test process. The output goes
 * under .astro/ inside the project: Astro keeps a build's intermediate files next to its output
 * only there, so builds of two fixtures can run at once.
 */
export function buildFrom(content: string, removeWhenDone: (remove: () => void) => void): Promise<{ status: number | null; output: string; dist: string }> {
	mkdirSync(fixtureBuilds, { recursive: true });
	const dist = mkdtempSync(join(fixtureBuilds, 'build-'));
	removeWhenDone(() => rmSync(dist, { recursive: true, force: true }));
	const child = spawn(process.execPath, [astroCli, 'build', '--outDir', dist], {
		cwd: projectRoot,
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_CONTENT: content },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, dist })));
}

const fixtureBuilds = join(projectRoot, '.astro', 'fixture-builds');
