import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { collections } from '../../schemas/collections.ts';
import { listFiles } from '../content/content-files.ts';

/**
 * The folders of content/ that a published version freezes: every collection's folder and the
 * maintainers' pages. Settings (organisation.yaml) and Starlight's UI strings (i18n) apply to every
 * version alike and are not frozen.
 */
export const frozenDirectories: readonly string[] = [...Object.values(collections).map(({ directory }) => directory), 'docs'];

/** The name of a version's manifest inside its folder. */
export const manifestFile = 'version.yaml';

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Paths in a manifest use '/' on every system, so a version reads the same on Windows. */
export const manifestPath = (path: string) => path.split(sep).join('/');

/** Every file a version of `root` holds (hidden ones skipped), as sorted '/' paths relative to `root`. */
export function frozenFilesOf(root: string): string[] {
	return frozenDirectories.flatMap((directory) => listFiles(join(root, directory)).map((path) => `${directory}/${manifestPath(path)}`)).sort();
}

/**
 * The sha256 of every frozen file under a folder: a version folder, or content/ itself for the
 * werkversie. Paths relative to that folder, '/' separators, sorted.
 */
export function checksumsOf(folder: string): Record<string, string> {
	return Object.fromEntries(frozenFilesOf(folder).map((path) => [path, sha256Of(readFileSync(join(folder, path)))]));
}

/**
 * The seal of a manifest: the sha256 of its text without its own `seal:` line. The newest version
 * has no later manifest to record its checksum, so it records its own; a hand edit to its label or
 * date then no longer matches. (Anyone can compute a new seal: it catches mistakes, not intent. Git
 * keeps the record of who changed what.)
 */
export const sealLinePattern = /^seal:.*(?:\r?\n|$)/m;
export const sealOf = (manifestTextWithoutSeal: string) => sha256Of(new TextEncoder().encode(manifestTextWithoutSeal));
export const withoutSeal = (manifestText: string) => manifestText.replace(sealLinePattern, '');
