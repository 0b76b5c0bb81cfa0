import { readPublishedVersions, type PublishedVersion } from '../versions/published-versions.ts';
import type { ContentError } from './error-map.ts';
import { loadHandbook, type Handbook } from './load-handbook.ts';
import { readJargon } from './read-jargon.ts';

/**
 * The whole check that `npm run check`, the build and the development server run alike: the
 * werkversie in content/ and the integrity of every published version in content/versions/.
 * The handbook is returned only when there is no error in either. A build of a published version
 * checks that version's frozen folder instead of the werkversie (`editionFolder`).
 */
export function checkAllContent(contentRoot: string, editionFolder = contentRoot): { handbook?: Handbook; versions: PublishedVersion[]; errors: ContentError[] } {
	const { handbook, errors: contentErrors } = loadHandbook(editionFolder, contentRoot);
	const { versions, errors: versionErrors } = readPublishedVersions(contentRoot);
	const errors = [...contentErrors, ...versionErrors, ...readJargon(contentRoot).errors];
	return errors.length === 0 ? { handbook, versions, errors } : { versions, errors };
}
