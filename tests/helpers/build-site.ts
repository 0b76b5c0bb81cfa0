import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv, projectRoot } from './astro.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the global setup writes how the build of the real handbook ended (tests/helpers/site-built.ts waits for it). */
		siteBuildResult: string;
	}
}

/**
 * Builds the real handbook once, for the tests that read or browse the built site. Started here
 * and not waited for: the tests of the other projects (no build) run beside it and use the core
 * the build leaves idle, while each file of the `site` project first waits for it to end
 * (site-built.ts, a setup file of that project).
 */
export default function buildSite(project: TestProject) {
	const folder = mkdtempSync(join(tmpdir(), 'handbook-site-build-'));
	const resultFile = join(folder, 'result.json');
	project.provide('siteBuildResult', resultFile);
	let output = '';
	/** Written whole, then renamed into place: site-built.ts reads it as soon as it exists. */
	const report = (status: number | null, text: string) => {
		writeFileSync(`${resultFile}.part`, JSON.stringify({ status, output: text }));
		renameSync(`${resultFile}.part`, resultFile);
	};
	const build = spawn(process.execPath, [join(projectRoot, 'scripts', 'build.ts')], { cwd: projectRoot, env: buildEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
	build.stdout.on('data', (chunk) => (output += chunk));
	build.stderr.on('data', (chunk) => (output += chunk));
	const ended = new Promise<void>((resolve) => {
		build.on('close', (status) => {
			report(status, output);
			resolve();
		});
		// Node could not start the process at all ('close' follows only if it did).
		build.on('error', (error) => {
			report(null, `${output}\n${error.message}`);
			resolve();
		});
	});
	return async () => {
		// A run stopped early (a failure with --bail, Ctrl+C) leaves no build behind it.
		if (build.exitCode === null && build.signalCode === null) build.kill();
		await ended;
		rmSync(folder, { recursive: true, force: true });
	};
}
