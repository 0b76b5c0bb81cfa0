import type { GitHost, Repository } from '../schemas/repository.ts';

/**
 * Addresses on the git host that keeps the handbook: the edit page of a file, a new file
 * pre-filled with a proposal, and a new issue to report a mistake. Pure, for the pages at build
 * time and the form in the browser.
 */

export const hostNames: Record<GitHost, string> = { github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea' };

/** Where the content folder stands in the repository, also when a test builds from a copy elsewhere. */
export const repositoryContentFolder = 'content';

const pagePaths: Record<GitHost, { edit: string; new: string; newIssue: string }> = {
	github: { edit: 'edit', new: 'new', newIssue: 'issues/new' },
	gitlab: { edit: '-/edit', new: '-/new', newIssue: '-/issues/new' },
	gitea: { edit: '_edit', new: '_new', newIssue: 'issues/new' },
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
 * The host's page that makes a new file in a folder, in the form each host documents or is known
 * to keep:
 * - GitHub takes the name and the text in the address, but with `filename` set it drops the last
 *   folder of the path (isaacs/github#1527). So the whole path goes into `filename`, after the
 *   branch: GitHub's editor makes a folder of every part before a `/` in the name, as a person
 *   typing it would. Nothing is left in the path to drop, so the file lands in its rule's folder
 *   whether or not GitHub ever fixes that; a dummy last folder (the other known workaround) would
 *   create a folder "dummy" on the day it does.
 * - Gitea takes `filename` and `value` after the folder (its documentation, "Pre-Fill New File
 *   name and contents").
 * - GitLab takes neither (gitlab-org/gitlab#337038): its page opens empty in the folder, to paste into.
 * A text too long for an address gets the page with the name only.
 */
export function newFileLink({ host, url, branch }: Repository, folder: string, fileName: string, text: string): NewFileLink {
	const base = `${url}/${pagePaths[host].new}/${encodePath(branch)}`;
	if (host === 'gitlab') return { url: `${base}/${encodePath(folder)}`, prefilled: false };
	const named = host === 'github' ? `${base}?filename=${encodeURIComponent(`${folder}/${fileName}`)}` : `${base}/${encodePath(folder)}?filename=${encodeURIComponent(fileName)}`;
	const filled = `${named}&value=${encodeURIComponent(text)}`;
	return filled.length <= maxUrlLength ? { url: filled, prefilled: true } : { url: named, prefilled: false };
}

/**
 * The host's page for a new issue with its title and text filled in, in each host's documented
 * form (GitHub and Gitea: `title` and `body`; GitLab: `issue[title]` and `issue[description]`).
 * Nothing is filed until the reader submits it there.
 */
export function newIssueUrl({ host, url }: Repository, title: string, body: string): string {
	const [titleKey, bodyKey] = host === 'gitlab' ? ['issue[title]', 'issue[description]'] : ['title', 'body'];
	const query = new URLSearchParams({ [titleKey]: title, [bodyKey]: body });
	return `${url}/${pagePaths[host].newIssue}?${query.toString().replace(/\+/g, '%20')}`;
}

/** The host's page that opens a pull request (GitLab: merge request) from `branch` into the repository's own branch. */
export function pullRequestUrl({ host, url, branch: target }: Repository, branch: string): string {
	if (host === 'gitlab') return `${url}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${encodeURIComponent(branch)}&merge_request%5Btarget_branch%5D=${encodeURIComponent(target)}`;
	const compare = `${url}/compare/${encodePath(target)}...${encodePath(branch)}`;
	return host === 'github' ? `${compare}?expand=1` : compare;
}
