import { samePageIn } from './edition-links.ts';
import { today } from './today.ts';
import { readPublishedVersions, type PublishedVersion } from './versions/published-versions.ts';

/**
 * Which state of the handbook a build shows. The site is built once per edition: every published
 * version, read from its frozen copy in content/versions/<number>/, and the working version
 * ("werkversie") read from content/ itself. Readers land on the newest published version at /;
 * older versions live at /versies/<number>/ and the working version at /werkversie/. Before the
 * first version is published, the working version is all there is, at /. All of these are within
 * the site's base path (base-path.ts): at https://<org>.github.io/de-sociale-norm/ the working
 * version is served at /de-sociale-norm/werkversie/.
 */
export interface Edition {
	/** The version number, or 'werkversie'. What HANDBOOK_EDITION names. */
	id: string;
	/** Published versions are frozen; the working version changes with every accepted proposal. */
	published: boolean;
	/** "Versie 0.6" or "Werkversie". */
	name: string;
	/** The project lead's label, such as "50-70%-versie"; none for the working version. */
	label?: string;
	/** YYYY-MM-DD: the day it was published, or for the working version the day it was built. */
	date: string;
	/** Its place within the site, with a slash at both ends: '/', '/werkversie/', '/versies/0.6/'. */
	path: string;
	/** Where the whole site is served (base-path.ts): '/' or, say, '/de-sociale-norm/'. */
	basePath: string;
	/** Where its pages are served: its path within the base path, such as '/de-sociale-norm/werkversie/'. */
	base: string;
	/** The folder its collections (and docs) are read from. */
	contentFolder: string;
	/** The published version readers land on. */
	newest: boolean;
}

export const workingEditionId = 'werkversie';

/** A version's own place in the site, which stays valid when a newer version takes its place at /. */
export const versionPath = (number: string) => `/versies/${number}/`;

/** Every edition of a handbook with these published versions (oldest first), the working version last, served under `basePath`. */
export function editionsOf(versions: PublishedVersion[], root: string, buildDay: string, basePath = '/'): Edition[] {
	const newest = versions.at(-1);
	const placed = (path: string) => ({ path, basePath, base: samePageIn({ base: basePath }, path) });
	const published = versions.map(
		(version): Edition => ({
			id: version.number,
			published: true,
			name: `Versie ${version.number}`,
			label: version.label,
			date: version.date,
			...placed(version === newest ? '/' : versionPath(version.number)),
			contentFolder: version.folder,
			newest: version === newest,
		}),
	);
	const working: Edition = {
		id: workingEditionId,
		published: false,
		name: 'Werkversie',
		date: buildDay,
		...placed(newest ? `/${workingEditionId}/` : '/'),
		contentFolder: root,
		newest: false,
	};
	return [...published, working];
}

/**
 * Every edition of the handbook in `contentRoot`, oldest published version first and the working
 * version last, served under `basePath`. Reads the manifests of the published versions only: their
 * frozen files are checked by the content check. astro.config.mjs reads them once for the handbook
 * integration; scripts and tests call this with their own content root.
 */
export function readEditions(contentRoot: string, { basePath = '/', buildDay = today() }: { basePath?: string; buildDay?: string } = {}): Edition[] {
	return editionsOf(readPublishedVersions(contentRoot, { verify: false }).versions, contentRoot, buildDay, basePath);
}

/** The version an edition is compared with: the published version before it, or for the working version the newest. */
export function previousOf(edition: Edition, editions: Edition[]): Edition | undefined {
	const published = editions.filter((candidate) => candidate.published);
	if (!edition.published) return published.at(-1);
	return published[published.indexOf(edition) - 1];
}

/** The edition `id` names (scripts/build.ts passes it to each build as HANDBOOK_EDITION); the working version when none is named. */
export function editionNamed(editions: Edition[], id?: string): Edition {
	const wanted = id || workingEditionId;
	const edition = editions.find((candidate) => candidate.id === wanted);
	if (!edition) throw new Error(`HANDBOOK_EDITION="${wanted}" is geen versie van dit handboek; bekend zijn: ${editions.map((candidate) => candidate.id).join(', ')}.`);
	return edition;
}

/** The edition served at the base path, where readers land: the newest published version, or the working version before there is one. */
export function landingEditionOf(editions: Edition[]): Edition {
	return editions.find((edition) => edition.path === '/')!;
}

/**
 * Whether search engines may list this edition's pages: only the edition readers land on. The
 * working version holds proposals nobody adopted, and an older version is no longer what applies.
 */
export const isIndexed = (edition: Pick<Edition, 'path'>) => edition.path === '/';

/** Whether the project lead has published a version yet; before that there is no feed of versions. */
export function hasPublishedVersions(editions: Edition[]): boolean {
	return editions.some((edition) => edition.published);
}
