import type { GitHost, Repository } from '../schemas/repository.ts';

/**
 * Addresses on the git host that keeps the handbook: the edit page of a file and a new file
 * pre-filled with a proposal. Pure, for the pages at build time and the form in the browser.
 */

export const hostNames: Record<GitHost, string> = { github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea' };

/** Where the content folder stands in the repository, also when a test builds from a copy elsewhere. */
export const repositoryContentFolder = 'content';

const pagePaths: Record<GitHost, { edit: string; new: string }> = {
	github: { edit: 'edit', new: 'new' },
	gitlab: { edit: '-/edit', new: '-/new' },
	gitea: { edit: '_edit', new: '_new' },
};

/** Hosts answer 414 to longer addresses; beyond this the author downloads or copies the file instead. */
export const maxUrlLength = 8_000;

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The host's page that edits a file, for a path relative to the repository root. */
export function editFileUrl({ host, url, branch }: Repository, path: string): string {
	return `${url}/${pagePaths[host].edit}/${encodePath(branch)}/${encodePath(path)}`;
}

export interface NewFileLink {
	url: string;
	/** Whether the address carries the file's name and text; if not, the author pastes the copied text. */
	prefilled: boolean;
}

/**
 * The host's page that makes a new file in a folder. GitHub and Gitea take the name and the text
 * in the address; GitLab takes neither (gitlab-org/gitlab#337038). A text too long for an address
 * gets the page without it.
 */
export function newFileLink({ host, url, branch }: Repository, folder: string, fileName: string, text: string): NewFileLink {
	const page = `${url}/${pagePaths[host].new}/${encodePath(branch)}/${encodePath(folder)}`;
	if (host === 'gitlab') return { url: page, prefilled: false };
	const named = `${page}?filename=${encodeURIComponent(fileName)}`;
	const filled = `${named}&value=${encodeURIComponent(text)}`;
	return filled.length <= maxUrlLength ? { url: filled, prefilled: true } : { url: named, prefilled: false };
}

/** The host's page that opens a pull request (GitLab: merge request) from `branch` into the repository's own branch. */
export function pullRequestUrl({ host, url, branch: target }: Repository, branch: string): string {
	if (host === 'gitlab') return `${url}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${encodeURIComponent(branch)}&merge_request%5Btarget_branch%5D=${encodeURIComponent(target)}`;
	const compare = `${url}/compare/${encodePath(target)}...${encodePath(branch)}`;
	return host === 'github' ? `${compare}?expand=1` : compare;
}
