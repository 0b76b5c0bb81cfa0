import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collections, type CollectionName } from '../../schemas/collections.ts';
import type { Edition } from '../edition.ts';
import type { EntryData } from './check-entry.ts';
import { contentCheckFailure } from './checked-handbook.ts';
import type { Entry } from './load-handbook.ts';
import { readHandbook, type HandbookRead } from './read-handbook.ts';

/** Which of a collection's valid entries the site shows; asked again on every sync. */
export type SelectEntries<N extends CollectionName> = (entries: Entry<EntryData<N>>[]) => Entry<EntryData<N>>[];

export interface HandbookSource {
	/** The folder of content/ (organisation.yaml, versions/). */
	contentRoot: string;
	/** The edition this build shows: its folder is read, and bodies are rendered for where it is served. */
	edition: Pick<Edition, 'contentFolder' | 'base' | 'basePath'>;
	/** Verify the published versions' checksums; off when the build entry (scripts/build.ts) did so once for every edition. */
	verifyVersions: boolean;
}

/**
 * The one module-level cache of the content pipeline: the handbook read and checked once per
 * process, for all its collections. Astro gives each collection's loader a store of its own
 * (astro/src/content/content-layer.ts, `store: this.#store.scopedStore(collectionName)`), but
 * the check is of the whole handbook (a reference from an interpretation to a rule, numbers unique
 * within a theme, organisation.yaml naming rules), so the loaders share one read. A change to a
 * content file in the dev server marks it stale (`changed`).
 */
let handbookRead: { folder: string; read: Promise<HandbookRead>; stale: boolean } | undefined;

function readOnce({ contentRoot, edition, verifyVersions }: HandbookSource): Promise<HandbookRead> {
	if (!handbookRead || handbookRead.stale || handbookRead.folder !== edition.contentFolder) {
		const read = readHandbook(contentRoot, { editionFolder: edition.contentFolder, verifyVersions, renderFor: edition });
		handbookRead = { folder: edition.contentFolder, read, stale: false };
	}
	return handbookRead.read;
}

/**
 * An Astro content loader for one of the handbook's collections. It reads through the handbook's own
 * reader (read-handbook.ts), so the pages see exactly the files and values the Dutch content check
 * passed; bad content stops the build here with the one Dutch report. Each MDX body is rendered
 * here, on the thread that checked it, into the entry's `rendered` (HTML, and its lead in
 * `metadata.lead`): no entry becomes a module to bundle, and pages only show it (EntryBody.astro).
 */
export function handbookLoader<N extends CollectionName>(name: N, source: HandbookSource, select: SelectEntries<N> = (entries) => entries): Loader {
	return {
		name: `handbook-${name}`,
		load: async ({ store, config, generateDigest, watcher, logger }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const { handbook, errors, render } = await readOnce(source);
				if (!handbook) throw contentCheckFailure(errors, source.contentRoot);
				store.clear();
				for (const entry of select([...(handbook[name] as Map<string, Entry<EntryData<N>>>).values()])) {
					const rendered = collections[name].format === 'mdx' ? render!(entry.body) : undefined;
					store.set({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						body: entry.body,
						filePath: relative(root, entry.absolutePath).split('\\').join('/'),
						digest: generateDigest(entry.text),
						...(rendered ? { rendered: { html: rendered.html, metadata: { lead: rendered.lead } } } : {}),
					});
				}
			};
			await sync();
			// In the dev server an edited file shows at once; while the content has a mistake, the
			// pages keep what was read before and the report is logged.
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(source.contentRoot)) return;
				if (handbookRead) handbookRead.stale = true;
				// After every loader has heard of the change, so they share one new read.
				setTimeout(() => {
					sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
				});
			});
		},
	};
}
