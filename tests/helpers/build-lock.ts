import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './astro.ts';

/**
 * Full builds of the same project share Astro's content store (node_modules/.astro) and .astro/:
 * two at once, from different content, can render one build's pages from the other's entries.
 * So builds made by tests take turns, across test workers. The lock is a folder (mkdir makes it
 * or fails, atomically) holding the pid of the process that builds.
 */
const lock = join(projectRoot, '.astro', 'test-build.lock');

export function oneBuildAtATime<T>(build: () => T): T {
	mkdirSync(dirname(lock), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch {
			// A lock whose process has ended was left by a run that was stopped: take it over.
			if (!holderRuns()) rmSync(lock, { recursive: true, force: true });
			else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
		}
	}
	try {
		return build();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

function holderRuns(): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
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
