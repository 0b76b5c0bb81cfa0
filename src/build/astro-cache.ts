import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../lib/edition.ts';

/**
 * Where Astro keeps what it read and rendered for one edition between builds (its `cacheDir`): the
 * content store and, for the working version, the pages it rendered (src/lib/page-cache-key.ts).
 * One folder per edition's content folder and base: a shared one is cleared at every other edition,
 * and could point a page at a file of another folder with the same text.
 */
export const astroCacheFolder = (edition: Pick<Edition, 'contentFolder' | 'base'>) =>
	`node_modules/.astro/${createHash('sha256').update(`${edition.contentFolder}\0${edition.base}`).digest('hex').slice(0, 16)}`;

/** Each folder names the content folder it belongs to, so a folder of content that is gone can go too. */
const contentFolderNote = 'content-folder.txt';

/**
 * Notes which content folder each edition's Astro cache belongs to, and removes the caches of
 * content folders that are gone (the tests build copies of the content in temporary folders, each
 * with caches of its own, up to some megabytes of pages each). A cache without a note (a bare
 * `astro build`) is left.
 */
export function keepAstroCaches(projectRoot: string, editions: Pick<Edition, 'contentFolder' | 'base'>[]): void {
	for (const edition of editions) {
		const folder = join(projectRoot, astroCacheFolder(edition));
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, contentFolderNote), edition.contentFolder);
	}
	const parent = join(projectRoot, 'node_modules', '.astro');
	for (const name of readdirSync(parent)) {
		const note = join(parent, name, contentFolderNote);
		if (existsSync(note) && !existsSync(readFileSync(note, 'utf8'))) rmSync(join(parent, name), { recursive: true, force: true });
	}
}

/**
 * Makes the next build render every page of `edition` again. Astro writes each page it renders into
 * its cache at once, but the list of which key each page was rendered for only when every page is
 * done: after a build that stopped halfway, the old list could hand out a page rendered for another key.
 */
export function forgetRenderedPages(projectRoot: string, edition: Pick<Edition, 'contentFolder' | 'base'>): void {
	rmSync(join(projectRoot, astroCacheFolder(edition), 'incremental-build.json'), { force: true });
}
