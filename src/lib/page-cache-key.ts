import { createHash } from 'node:crypto';
import { getCollection, type CollectionKey } from 'astro:content';

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, on in the working version's
 * build by scripts/build.ts): a page whose key and code are the same as in the last build is
 * copied from it instead of rendered again. After a change to one interpretation, only its own page
 * and the pages that list it are rendered; at 5,000 interpretations that is some 5,000 pages fewer.
 *
 * A key must change whenever anything the page shows changes, so it is made of:
 * - the seed: the code, the settings, the versions' manifests and the edition's context
 *   (src/integrations/handbook.ts);
 * - every entry of every collection a page may show around its own content (the sidebar's rules,
 *   the glossary's terms, the published versions, …);
 * - what the route hands the page as props: for an interpretation, the entry with its rendered body,
 *   its wording in the version before and its adoption;
 * - what else the page looks up and shows, where its route names it (`alsoShown`): for a rule's
 *   page, that rule's interpretations.
 * The interpretations are the one collection left out of the shared part: a page that shows some is
 * given them as props (a team's page, a list) or names them as `alsoShown` (a rule's page, a
 * conversation card); one that shows them all has no key and is always rendered (the home page).
 */

/** The collections every keyed page may read besides its props. A new collection must be added here, or the type check fails. */
const sharedCollections = {
	docs: true,
	i18n: true,
	sources: true,
	themes: true,
	rules: true,
	topics: true,
	agreements: true,
	terms: true,
	editions: true,
} satisfies Record<Exclude<CollectionKey, 'interpretations'>, true>;

interface StaticPath {
	params: Record<string, string | undefined>;
	props: unknown;
}

/**
 * The routes' paths with a cache key each, made from the seed, the shared collections, the path's
 * props and what `alsoShown` says the page shows besides; unchanged without a seed (Astro run on its
 * own renders every page).
 */
export async function withCacheKeys<P extends StaticPath>(paths: P[], seed: string | undefined, alsoShown: (path: P) => unknown = () => null): Promise<(P & { cacheKey?: string })[]> {
	if (!seed) return paths;
	const shared = createHash('sha256').update(seed);
	for (const name of Object.keys(sharedCollections) as (keyof typeof sharedCollections)[]) {
		// The loaders' digests are of each file's text; where the file is rendered, the code and
		// the edition it is rendered for are in the seed.
		for (const entry of await getCollection(name)) shared.update(`${name}\0${entry.id}\0${String(entry.digest ?? JSON.stringify(entry.data))}\0`);
	}
	const sharedDigest = shared.digest('hex');
	return paths.map((path) => ({ ...path, cacheKey: createHash('sha256').update(sharedDigest).update(JSON.stringify([path.props, alsoShown(path)])).digest('hex') }));
}
