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
