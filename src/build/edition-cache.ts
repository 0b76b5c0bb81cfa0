import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Edition } from '../lib/edition.ts';
import { placeFiles } from './place-files.ts';

/**
 * A published version never changes, so its built pages only change when something they are
 * built from does: its frozen files, the list of versions (the switcher), the settings, or the
 * code and packages that render them. The build keeps each published edition's output under a key
 * of all of those, and reuses it while the key holds. The working version is always built.
 */

/** The code outside src/ that makes part of a built edition: its PDF, printed by scripts/lib/handreiking-pdf.ts with the modules it imports. */
export const printerInputs = ['scripts/lib/handreiking-pdf.ts', 'scripts/lib/chromium.ts', 'scripts/lib/static-server.ts'];

/** Everything besides the content that a built edition depends on, relative to the project. */
export const codeInputs = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules/.package-lock.json', ...printerInputs];

/** Settings shared by every edition, relative to the content root (the proposal form of every edition shows the jargon list). */
export const settingInputs = ['organisation.yaml', 'i18n', 'jargon.yaml'];

/** Every file under `path` (or the file itself), sorted, so the same tree always hashes the same. */
function filesOf(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.map((file) => join(path, file))
		.filter((file) => statSync(file).isFile())
		.sort();
}

/** A hash of these files' paths (relative to `root`) and bytes. */
export function hashOfFiles(root: string, inputs: string[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) {
		for (const file of filesOf(join(root, input))) {
			hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
		}
	}
	return hash.digest('hex');
}

export interface CacheKeyInputs {
	projectRoot: string;
	contentRoot: string;
	/** Every published edition, so a new version (a new entry in every switcher) changes every key. */
	editions: Edition[];
}

/**
 * The hash of what every edition is built from besides its own content: the code, the settings and
 * every version's manifest. Also the seed of the working version's page cache (src/lib/page-cache-key.ts).
 */
export function buildInputsDigest({ projectRoot, contentRoot, editions }: CacheKeyInputs): string {
	const shared = createHash('sha256')
		.update(hashOfFiles(projectRoot, codeInputs))
		.update(hashOfFiles(contentRoot, settingInputs));
	for (const edition of editions.filter((candidate) => candidate.published)) {
		shared.update(`${edition.id}\0${edition.label ?? ''}\0${edition.date}\0`).update(readFileSync(join(edition.contentFolder, 'version.yaml')));
	}
	return shared.digest('hex');
}

/** One key per published edition: the hash of the code, the settings, every version's manifest and this edition's place. */
export function editionCacheKeys(inputs: CacheKeyInputs, sharedDigest = buildInputsDigest(inputs)): Map<string, string> {
	const { editions } = inputs;
	return new Map(
		editions
			.filter((edition) => edition.published)
			.map((edition) => [edition.id, createHash('sha256').update(`${sharedDigest}\0${edition.id}\0${edition.base}`).digest('hex').slice(0, 32)]),
	);
}

const cacheRoot = (projectRoot: string) => join(projectRoot, 'node_modules', '.cache', 'handbook-editions');
/** Each cache folder names the content folder it belongs to, so folders of content that is gone can go too. */
const contentRootNote = 'content-root.txt';

/**
 * Where built editions of this content are kept between builds: ignored by git, gone with
 * node_modules. One folder per content folder, so building another copy (a test's) keeps both.
 */
export function editionCacheFolder(projectRoot: string, contentRoot: string): string {
	const folder = join(cacheRoot(projectRoot), createHash('sha256').update(contentRoot).digest('hex').slice(0, 16));
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, contentRootNote), contentRoot);
	return folder;
}

/**
 * The kept output for this key, if a build left one: of this content folder, or else of another
 * whose key is the same (a copy of the content, as the tests build). A key is made of everything
 * the edition is built from, not of where the content lies, so the same key means the same pages.
 * The other folder's edition is hard-linked into this one's first (whole, then renamed into place),
 * so pruning there cannot take it away from here.
 */
export function cachedEdition(cacheFolder: string, key: string): string | undefined {
	const folder = join(cacheFolder, key);
	if (existsSync(folder)) return folder;
	const parent = dirname(cacheFolder);
	for (const name of readdirSync(parent)) {
		const other = join(parent, name, key);
		if (other === folder || !existsSync(other)) continue;
		const part = `${folder}.part`;
		try {
			rmSync(part, { recursive: true, force: true });
			placeFiles(other, part, 'link');
			renameSync(part, folder);
			return folder;
		} catch {
			// Pruned by the other folder's build meanwhile: build it here instead.
			rmSync(part, { recursive: true, force: true });
		}
	}
	return undefined;
}

/**
 * Keeps a freshly built edition under its key, moved there whole (the build's work folder is on the
 * same disk), and returns where it now is.
 */
export function keepEdition(cacheFolder: string, key: string, outDir: string): string {
	mkdirSync(cacheFolder, { recursive: true });
	const kept = join(cacheFolder, key);
	rmSync(kept, { recursive: true, force: true });
	renameSync(outDir, kept);
	return kept;
}

/**
 * Removes kept editions no current key names (after a new version or a code change they cannot be
 * used again), and the folders of content folders that no longer exist.
 */
export function pruneEditions(cacheFolder: string, keys: Iterable<string>): void {
	const keep = new Set([...keys, contentRootNote]);
	for (const name of readdirSync(cacheFolder)) {
		if (!keep.has(name)) rmSync(join(cacheFolder, name), { recursive: true, force: true });
	}
	const parent = dirname(cacheFolder);
	for (const name of readdirSync(parent)) {
		const note = join(parent, name, contentRootNote);
		const root = existsSync(note) ? readFileSync(note, 'utf8') : '';
		if (!root || !existsSync(root)) rmSync(join(parent, name), { recursive: true, force: true });
	}
}
