import { relative, resolve, sep } from 'node:path';
import { currentEdition } from './edition.ts';
import { editFileUrl, repositoryContentFolder } from './git-host.ts';
import { siteOrganisation } from './organisation.ts';

/**
 * The edit link Starlight shows in a page's footer: the entry's source file on the git host named
 * in content/organisation.yaml, or none (false) when no repository is named. A change is always
 * proposed to the working version: the newest published version links to the working file of the
 * same name, and an older version, which readers only look back at, has no edit link.
 */
export function editUrlOf(entry: { filePath?: string }): string | false {
	const { repository } = siteOrganisation();
	const edition = currentEdition();
	if (!repository || !entry.filePath || (edition.published && !edition.newest)) return false;
	// filePath is relative to the project root; in the repository the content folder is always
	// content/, also when a test builds from a copy elsewhere.
	const inContent = relative(edition.contentFolder, resolve(entry.filePath)).split(sep).join('/');
	return editFileUrl(repository, `${repositoryContentFolder}/${inContent}`);
}
