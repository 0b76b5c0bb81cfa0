import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of one built edition, into its pagefind/ folder, as Starlight
 * would at the end of `astro build`. The build script runs it after Astro has finished and freed
 * its memory, so the two never hold their memory at the same time (with 5,000 interpretations
 * ≈1.2 GB for Astro and ≈0.7 GB for Pagefind).
 */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
