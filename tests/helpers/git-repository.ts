import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Runs git in a folder as a test's own user, whatever the machine's git configuration says; fails the test on an error. */
export function git(folder: string, ...args: string[]): string {
	const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
		cwd: folder,
		encoding: 'utf8',
		env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
	});
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/** Makes a content folder a git repository with everything in it committed, as a clone of the handbook is. */
export function commitAll(folder: string, message = 'Inhoud'): void {
	if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: folder }).status !== 0) git(folder, 'init', '-q');
	git(folder, 'add', '-A');
	git(folder, 'commit', '-q', '--allow-empty', '-m', message);
}

/**
 * A content folder committed and pushed to a repository of its own (a bare one in a temporary
 * folder, as origin), so a test can let origin move ahead of it, as when others merged meanwhile.
 */
export function withOrigin(folder: string): { origin: string; pushFromElsewhere: (file: string, text: string) => void } {
	const root = mkdtempSync(join(tmpdir(), 'handbook-origin-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	const origin = join(root, 'origin.git');
	git(root, 'init', '-q', '--bare', origin);
	commitAll(folder);
	git(folder, 'remote', 'add', 'origin', origin);
	git(folder, 'push', '-q', '-u', 'origin', 'main');
	return {
		origin,
		pushFromElsewhere: (file, text) => {
			const other = join(root, 'other');
			git(root, 'clone', '-q', origin, other);
			spawnSync('sh', ['-c', `mkdir -p "$(dirname "$1")" && printf '%s' "$2" > "$1"`, 'sh', join(other, file), text]);
			git(other, 'add', '-A');
			git(other, 'commit', '-q', '-m', 'Elders samengevoegd');
			git(other, 'push', '-q', 'origin', 'main');
			git(folder, 'fetch', '-q', 'origin');
		},
	};
}
