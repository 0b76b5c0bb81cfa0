import { relative, resolve, sep } from 'node:path';
import { contentRoot } from './content/content-root.ts';
import { editFileUrl, repositoryContentFolder } from './git-host.ts';
import { siteOrganisation } from './organisation.ts';

/**
 * The edit link Starlight shows in a page's footer: the entry's source file on the git host named
 * in content/organisation.yaml, or none (false) when no repository is named.
 */
export function editUrlOf(entry: { filePath?: string }): string | false {
	const { repository } = siteOrganisation();
	if (!repository || !entry.filePath) return false;
	// filePath is relative to the project root; in the repository the content folder is always
	// content/, also when a test builds from a copy elsewhere.
	const inContent = relative(contentRoot, resolve(entry.filePath)).split(sep).join('/');
	return editFileUrl(repository, `${repositoryContentFolder}/${inContent}`);
}
