import { readPublishedVersions, type PublishedVersion, type RememberedManifests } from '../versions/published-versions.ts';
import type { CheckFile, RememberedSettings } from './checked-files.ts';
import type { ReadText } from './content-files.ts';
import type { ContentError } from './error-map.ts';
import { loadHandbook, type Handbook } from './read-collections.ts';
import { readJargon } from './read-jargon.ts';

/**
 * The whole check that `npm run check`, the build and the development server run alike: the
 * werkversie in content/ and the integrity of every published version in content/versions/.
 * The handbook is returned only when there is no error in either. A build of a published version
 * checks that version's frozen folder instead of the werkversie (`editionFolder`).
 *
 * With `frozenReferences` (npm run check, publishing) every published version is also read as a
 * handbook of its own: its references (rules, terms, sources …) must hold, and its fields must fit
 * today's schemas. Its checksums already prove its files unchanged, so their prose is not checked
 * again. A build checks only the edition it builds, so this runs once, not once per edition.
 *
 * `verifyVersions: false` reads only the versions' manifests, not the checksums of their files: for
 * an edition of a build whose script verified them once for all editions (src/build/).
 * `check` is how one file is checked, in this edition and in the versions: looked up from the
 * parallel check or the check cache (read-handbook.ts), or afresh (`checkFile`, check-file.ts); `read` is how a file of this edition is read:
 * as the parallel check read it already; `manifests`, the versions' manifests parsed in an earlier run;
 * `settings`, the checks of organisation.yaml and jargon.yaml made in an earlier run.
 */
export function checkAllContent(
	contentRoot: string,
	editionFolder = contentRoot,
	{
		frozenReferences = false,
		verifyVersions = true,
		check,
		read,
		manifests,
		settings,
	}: { frozenReferences?: boolean; verifyVersions?: boolean; check: CheckFile; read?: ReadText; manifests?: RememberedManifests; settings?: RememberedSettings },
): { handbook?: Handbook; versions: PublishedVersion[]; errors: ContentError[] } {
	const { handbook, errors: contentErrors } = loadHandbook(editionFolder, contentRoot, undefined, check, read, settings);
	const { versions, errors: versionErrors } = readPublishedVersions(contentRoot, { verify: verifyVersions, manifests });
	const frozenErrors = frozenReferences ? versions.flatMap((version) => loadHandbook(version.folder, contentRoot, { checkBody: false }, check, undefined, settings).errors.filter((error) => !error.file.endsWith('organisation.yaml'))) : [];
	const errors = [...contentErrors, ...versionErrors, ...frozenErrors, ...readJargon(contentRoot, settings).errors];
	return errors.length === 0 ? { handbook, versions, errors } : { versions, errors };
}
