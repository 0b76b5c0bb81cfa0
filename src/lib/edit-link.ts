import { relative, resolve, sep } from 'node:path';
import type { Organisation } from '../schemas/organisation.ts';
import type { Edition } from './edition.ts';
import { editFileUrl, newIssueUrl, repositoryContentFolder } from './git-host.ts';

/** What decides the links: the page's edition and the owner's repository (the route data has both). */
interface Site {
	edition: Pick<Edition, 'published' | 'newest' | 'contentFolder'>;
	organisation: Pick<Organisation, 'repository'>;
}

/**
 * The entry's source file in the repository (content/…), when readers may change it: a repository
 * is named in content/organisation.yaml and the page is of the working version or the newest
 * published one. A change is always proposed to the working version: the newest published version
 * links to the working file of the same name, and an older version, which readers only look back
 * at, has none.
 */
function sourceFileOf(entry: { filePath?: string }, { edition, organisation: { repository } }: Site): string | undefined {
	if (!repository || !entry.filePath || (edition.published && !edition.newest)) return undefined;
	// filePath is relative to the project root; in the repository the content folder is always
	// content/, also when a test builds from a copy elsewhere.
	const inContent = relative(edition.contentFolder, resolve(entry.filePath)).split(sep).join('/');
	return `${repositoryContentFolder}/${inContent}`;
}

/** The edit link Starlight shows in a page's footer ("Bewerk pagina"), or none (false). */
export function editUrlOf(entry: { filePath?: string }, site: Site): string | false {
	const file = sourceFileOf(entry, site);
	return file ? editFileUrl(site.organisation.repository!, file) : false;
}

/**
 * On a page whose text is quoted word for word (a rule of the code of conduct, a work agreement),
 * an edit link would invite changing the code itself. Such a page offers to report a mistake
 * instead: a new issue on the git host, with the page and its file filled in.
 */
export function reportUrlOf(entry: { filePath?: string }, page: { title: string; path: string }, site: Site): string | undefined {
	const file = sourceFileOf(entry, site);
	if (!file) return undefined;
	const body = [
		`Pagina: ${page.path}`,
		`Bestand: ${file}`,
		'',
		'Wat klopt er niet? Staat er iets anders dan in de bron?',
		'',
	].join('\n');
	return newIssueUrl(site.organisation.repository!, `Fout op de pagina “${page.title}”`, body);
}
