import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collections, type CollectionName } from '../../schemas/collections.ts';
import { landingEditionOf, previousOf, type Edition } from '../edition.ts';
import { adoptedIn, type Adoption } from '../versions/adoption.ts';
import { readEditionContent, shownInterpretations, type EditionCollections, type ShownSettings } from '../versions/edition-content.ts';
import type { EntryData } from './check-entry.ts';
import { contentCheckFailure } from './content-check-failure.ts';
import { formatErrorReport } from './error-map.ts';
import type { Entry } from './load-handbook.ts';
import { readHandbook, type HandbookRead } from './read-handbook.ts';
import { buildCheckScopes, cachedCheck, currentCheckerKey, openCheckCache } from './check-cache.ts';
import { checkFieldsOnly } from './checked-files.ts';

export interface HandbookSource {
	/** The folder of content/ (organisation.yaml, versions/). */
	contentRoot: string;
	/** The edition this build shows: its folder is read, and bodies are rendered for where it is served. */
	edition: Edition;
	/** Every edition: the published versions up to this one are read too, for pages that compare editions. */
	editions: Edition[];
	/** Verify the published versions' checksums; off when the build entry (scripts/build.ts) did so once for every edition. */
	verifyVersions: boolean;
	/** The owner's settings that decide which interpretations are shown (organisation.yaml's showExamples). */
	settings: ShownSettings;
}

/** The handbook as the loaders share it: this edition, and the published versions its pages compare. */
export interface SharedRead {
	read: HandbookRead;
	/**
	 * The published versions whose whole content this edition's pages read (`comparedVersions`),
	 * oldest first, each as the site shows it (examples left out where organisation.yaml says so).
	 */
	compared: { edition: Edition; content: EditionCollections }[];
	/** The version this edition is compared with, and the adoption of each interpretation, worked out once. */
	previous?: { edition: Edition; content: EditionCollections };
	adoptions: Map<string, Adoption>;
}

/**
 * The one module-level cache of the content pipeline: the handbook read and checked once per
 * process, for all its collections. Astro gives each collection's loader a store of its own
 * (astro/src/content/content-layer.ts, `store: this.#store.scopedStore(collectionName)`), but
 * the check is of the whole handbook (a reference from an interpretation to a rule, numbers unique
 * within a theme, organisation.yaml naming rules), and an entry is compared with the same entry in
 * the version before, so the loaders share one read. A changed content file in the dev server
 * marks it stale.
 */
let sharedRead: { folder: string; read: Promise<SharedRead>; stale: boolean; reported?: boolean } | undefined;

function readOnce(source: HandbookSource): Promise<SharedRead> {
	const { edition } = source;
	if (!sharedRead || sharedRead.stale || sharedRead.folder !== edition.contentFolder) {
		sharedRead = { folder: edition.contentFolder, read: readShared(source), stale: false };
	}
	return sharedRead.read;
}

/**
 * The published versions whose whole content this edition's pages read: every one for the edition
 * served at / (the list of versions and the feed, src/pages/versies/[...list].astro and
 * [feed].xml.ts), else only the version it is compared with (src/pages/wijzigingen.astro). What
 * the shared read and the content store hold stays in the heap for the whole build: at 5,000
 * interpretations with 3 versions the working version's build otherwise held all three.
 */
function comparedVersions(edition: Edition, editions: Edition[], published: SharedRead['compared'], previous: SharedRead['previous']): SharedRead['compared'] {
	if (edition.id === landingEditionOf(editions).id) return published;
	return previous ? [previous] : [];
}

async function readShared({ contentRoot, edition, editions, verifyVersions, settings }: HandbookSource): Promise<SharedRead> {
	// A file unchanged since the last build of this folder is not checked or rendered again: at 5,000
	// interpretations that took 5 s of every build of the working version. A store of its own, apart
	// from `npm run check`'s: each keeps only what its last run used.
	// One key of the checker for both of the build's stores (below): it reads every source of the check.
	const checker = currentCheckerKey();
	// A build without caches removed both files before it started (scripts/build.ts): nothing in the
	// code Astro bundles says how the build was started, so its pages stay the same (page-cache-key.ts).
	const scopes = buildCheckScopes(edition.contentFolder);
	const cache = openCheckCache({ scope: scopes.own, checker });
	const read = await readHandbook(contentRoot, { editionFolder: edition.contentFolder, verifyVersions, renderFor: edition, cache });
	cache.save();
	if (!read.handbook) return { read, compared: [], adoptions: new Map() };
	// Only versions up to this edition: a version never compares itself with a later one, and the list of versions is built with the newest.
	const all = editions.filter((candidate) => candidate.published);
	const at = all.findIndex((candidate) => candidate.id === edition.id);
	// The published versions' frozen files: only their fields are checked (checkFieldsOnly), and an
	// unchanged file's check comes from a cache too (at 5,000 interpretations ≈0.9 s a version). A
	// store of its own, let go once read: in the one above, which the renderer holds for the whole
	// build, 10,000 more checks kept the Astro process some 100 MB larger and slowed reading it.
	const publishedCache = openCheckCache({ scope: scopes.published, checker });
	const checkPublished = cachedCheck(publishedCache, checkFieldsOnly);
	const published = (at === -1 ? all : all.slice(0, at + 1)).map((version) => {
		const content = readEditionContent(version, checkPublished);
		return { edition: version, content: { ...content, interpretations: shownInterpretations(content.interpretations, settings) } };
	});
	publishedCache.save();
	const previousEdition = previousOf(edition, editions);
	const previous = published.find((version) => version.edition.id === previousEdition?.id);
	const adoptions = adoptedIn(published.map(({ edition: version, content }) => ({ number: version.id, interpretations: new Map(content.interpretations.map((entry) => [entry.id, entry.data.status])) })));
	return { read, compared: comparedVersions(edition, editions, published, previous), previous, adoptions };
}

/** Which of a collection's valid entries the site shows; asked again on every sync. */
export type SelectEntries<N extends CollectionName> = (entries: Entry<EntryData<N>>[]) => Entry<EntryData<N>>[];

/**
 * An Astro content loader for one of the handbook's collections. It reads through the handbook's own
 * reader (read-handbook.ts), so the pages see exactly the files and values the Dutch content check
 * passed; bad content stops the build here with the one Dutch report. Each MDX body is rendered
 * here, on the thread that checked it, into the entry's `rendered`: its HTML, and in `metadata`
 * its lead, the same entry in the version before (`before`) and, for an interpretation, in which
 * version it was adopted (`adoption`); src/lib/versions/edition-entries.ts reads them. No entry
 * becomes a module to bundle, and pages only show it (EntryBody.astro).
 */
export function handbookLoader<N extends CollectionName>(name: N, source: HandbookSource, select: SelectEntries<N> = (entries) => entries): Loader {
	return {
		name: `handbook-${name}`,
		load: async ({ store, config, generateDigest, watcher, logger }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const { read, previous, adoptions } = await readOnce(source);
				const { handbook, errors, render } = read;
				if (!handbook) throw contentCheckFailure(errors, source.contentRoot);
				const earlier = previous && name in previous.content ? new Map(previous.content[name as keyof EditionCollections].map((entry) => [entry.id, entry])) : undefined;
				store.clear();
				for (const entry of select([...(handbook[name] as Map<string, Entry<EntryData<N>>>).values()])) {
					const rendered = collections[name].format === 'mdx' ? render!(entry.body) : undefined;
					const before = earlier?.get(entry.id);
					const adoption = name === 'interpretations' ? adoptions.get(entry.id) : undefined;
					store.set({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						body: entry.body,
						filePath: relative(root, entry.absolutePath).split('\\').join('/'),
						digest: generateDigest(entry.text),
						...(rendered ? { rendered: { html: rendered.html, metadata: { lead: rendered.lead, before: before && { data: before.data, body: before.body }, adoption } } } : {}),
					});
				}
			};
			await sync();
			// In the dev server an edited file shows at once; while the content has a mistake, the
			// pages keep what was read before and the report is logged.
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(source.contentRoot)) return;
				if (sharedRead) sharedRead.stale = true;
				// After every loader has heard of the change, so they share one new read.
				setTimeout(() => {
					sync().catch(async (error: unknown) => {
						// Once per read, not once per collection.
						const current = sharedRead;
						if (!current || current.reported) return;
						current.reported = true;
						const read = await current.read.then((shared) => shared.read, () => undefined);
						logger.error(read && read.errors.length > 0 ? formatErrorReport(read.errors) : error instanceof Error ? error.message : String(error));
					});
				});
			});
		},
	};
}

/**
 * The loader of the `editions` collection: the content of the published versions this edition's
 * pages compare as a whole (`comparedVersions`: what changed, the list of versions, the feed), from
 * the same shared read. An entry is named `<version>/<collection>/<id>`.
 */
export function editionsLoader(source: HandbookSource): Loader {
	return {
		name: 'handbook-editions',
		load: async ({ store, generateDigest }) => {
			const { read, compared } = await readOnce(source);
			if (!read.handbook) throw contentCheckFailure(read.errors, source.contentRoot);
			store.clear();
			for (const { edition, content } of compared) {
				for (const [name, entries] of Object.entries(content)) {
					for (const entry of entries as EditionCollections[keyof EditionCollections]) {
						store.set({
							id: `${edition.id}/${name}/${entry.id}`,
							data: { edition: edition.id, collection: name, id: entry.id, data: entry.data },
							body: entry.body,
							digest: generateDigest(`${edition.id}\0${name}\0${JSON.stringify(entry.data)}\0${entry.body}`),
						});
					}
				}
			}
		},
	};
}
