import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { displayPath } from '../content/content-files.ts';

/** A file under the content folder that git does not have as it is on disk. */
export interface UncommittedFile {
	/** As messages name it: relative to the working directory. */
	file: string;
	kind: 'nieuw' | 'gewijzigd' | 'verwijderd' | 'genegeerd';
}

/** What git knows of the content folder, read without the network. */
export type GitState =
	| { repository: false }
	| {
			repository: true;
			/** Every file under the content folder that differs from the last commit, or that git does not track. */
			uncommitted: UncommittedFile[];
			/** The current branch; absent when HEAD is detached. */
			branch?: string;
			/** The branch it follows, such as origin/main, as far as the last fetch knew it. */
			upstream?: string;
			/** Commits on the upstream that HEAD lacks, as of the last fetch. */
			behind: number;
			/** The remote to push to. */
			remote: string;
	  };

const git = (cwd: string, args: string[]) => {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
	return result.status === 0 ? result.stdout : undefined;
};

/**
 * Reads, with git itself, which files under `folder` are not committed as they are: untracked,
 * changed, deleted, or ignored by .gitignore (a version would freeze those too, but a commit would
 * leave them out). Without git, or outside a repository, says so.
 */
export function gitStateOf(folder: string): GitState {
	const top = git(folder, ['rev-parse', '--show-toplevel'])?.trim();
	if (!top) return { repository: false };
	const status = git(folder, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--', '.']) ?? '';
	const uncommitted: UncommittedFile[] = [];
	const fields = status.split('\0');
	for (let index = 0; index < fields.length; index++) {
		const entry = fields[index]!;
		if (entry.length < 4) continue;
		const code = entry.slice(0, 2);
		const path = entry.slice(3);
		// A rename or copy is followed by its old path, which is not a file of its own.
		if (code.includes('R') || code.includes('C')) index++;
		// Hidden files (.DS_Store, an editor's swap file) are never frozen.
		if (code === '!!' && path.split('/').some((part) => part.startsWith('.'))) continue;
		const kind = code === '??' ? 'nieuw' : code === '!!' ? 'genegeerd' : code.includes('D') ? 'verwijderd' : 'gewijzigd';
		uncommitted.push({ file: displayPath(join(top, path)), kind });
	}
	const branch = git(folder, ['symbolic-ref', '--quiet', '--short', 'HEAD'])?.trim();
	// The branch's upstream, or else the remote's default branch: both as the last fetch left them.
	const upstream =
		git(folder, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'])?.trim() || git(folder, ['rev-parse', '--abbrev-ref', 'origin/HEAD'])?.trim() || undefined;
	const behind = upstream ? Number(git(folder, ['rev-list', '--count', `HEAD..${upstream}`])?.trim() ?? 0) : 0;
	const remote = (upstream && git(folder, ['remote'])?.split('\n').find((name) => name && upstream.startsWith(`${name}/`))) || 'origin';
	return { repository: true, uncommitted, ...(branch ? { branch } : {}), ...(upstream ? { upstream } : {}), behind, remote };
}
