import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './astro.ts';

/** Runs a script of scripts/ as `npm run` does, on the given content folder; stdin is not a terminal. `env` adds to the environment. */
export function runScript(script: string, args: string[], content: string, env: NodeJS.ProcessEnv = {}) {
	return spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, HANDBOOK_CONTENT: content, ...env },
	});
}

/**
 * Publishes a version into a content folder with the real publish command (`args` as the project
 * lead types them after `npm run publiceer --`), for tests that build a handbook with versions.
 * Returns what the command printed; throws with its message when it refuses.
 */
export function publishVersion(content: string, args: string[]): string {
	const published = runScript('publish.ts', args, content);
	if (published.status !== 0) throw new Error(published.stderr);
	return published.stdout;
}
