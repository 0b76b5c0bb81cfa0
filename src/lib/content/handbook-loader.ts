import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collections, type CollectionName } from '../../schemas/collections.ts';
import type { EntryData } from './check-entry.ts';
import { readCollection, type Entry } from './load-handbook.ts';

/** Which of a collection's valid entries the site shows; read again on every sync. */
export type SelectEntries<N extends CollectionName> = (entries: Entry<EntryData<N>>[]) => Entry<EntryData<N>>[];

/**
 * An Astro content loader that reads a collection of the edition in `contentFolder` (the handbook
 * integration's edition, src/content.config.ts) through the handbook's own reader, so the pages
 * see exactly the files and values the Dutch content check saw. MDX bodies stay text: pages turn
 * them into HTML themselves (src/lib/content/render-body.ts), so no entry becomes a module to bundle.
 */
export function handbookLoader<N extends CollectionName>(name: N, contentFolder: string, select: SelectEntries<N> = (entries) => entries): Loader {
	const { directory } = collections[name];
	const folder = join(contentFolder, directory);
	return {
		name: `handbook-${name}`,
		load: async ({ store, config, generateDigest, watcher }) => {
			const root = fileURLToPath(config.root);
			const sync = () => {
				store.clear();
				for (const entry of select([...readCollection(name, contentFolder).entries.values()])) {
					store.set({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						body: entry.body,
						filePath: relative(root, entry.absolutePath).split('\\').join('/'),
						digest: generateDigest(entry.text),
					});
				}
			};
			sync();
			// In the dev server an edited file shows at once; the content check reports its mistakes.
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder)) sync();
			});
		},
	};
}
