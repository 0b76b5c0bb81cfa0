import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
 * Builds the site from another content folder, without blocking the test process. Builds share
 * Astro's content store (node_modules/.astro) and .astro/, so across test workers they take turns.
 */
export async function buildFrom(content: string, removeWhenDone: (remove: () => void) => void): Promise<{ status: number | null; output: string; dist: string }> {
	const dist = join(content, 'dist');
	removeWhenDone(() => rmSync(dist, { recursive: true, force: true }));
	return oneBuildAtATime(() => {
		const child = spawn(process.execPath, [astroCli, 'build', '--outDir', dist], {
			cwd: projectRoot,
			env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_CONTENT: content },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, dist })));
	});
}

const buildLock = join(projectRoot, '.astro', 'fixture-build.lock');

/** A lock folder (mkdir either makes it or fails, atomically) holding the pid of the test process that builds. */
async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
	mkdirSync(dirname(buildLock), { recursive: true });
	for (;;) {
		try {
			mkdirSync(buildLock);
			writeFileSync(join(buildLock, 'pid'), String(process.pid));
			break;
		} catch {
			// A lock whose process has ended was left by a run that was stopped: take it over.
			if (!lockHolderRuns()) rmSync(buildLock, { recursive: true, force: true });
			else await new Promise((wake) => setTimeout(wake, 250));
		}
	}
	try {
		return await build();
	} finally {
		rmSync(buildLock, { recursive: true, force: true });
	}
}

function lockHolderRuns(): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(buildLock, 'pid'), 'utf8'));
	} catch {
		return true; // Just made; its pid follows.
	}
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as { code?: string }).code === 'EPERM';
	}
}
