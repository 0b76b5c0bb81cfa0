import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { CollectionName } from '../../schemas/collections.ts';
import type { JargonEntry } from '../../schemas/jargon.ts';
import type { ContributionAdvice, RememberedAdvice } from '../readability/contribution-advice.ts';
import { readingLevels, type ReadingLevel } from '../readability/reading-level.ts';
import type { RememberedManifests } from '../versions/published-versions.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import type { RenderedBody } from './render-body.ts';
import type { CheckOptions } from './check-text.ts';
import { withLocator, type CheckedElsewhere, type CheckedFile, type CheckFile, type RememberedSettings, type SettingsCheck } from './checked-files.ts';

/**
 * The check cache of `npm run check` and of the build: what checking each file gave (its fields, its
 * body, its Dutch messages) and, for a build, its body as HTML, kept between runs so that a file is
 * checked and rendered again only when it changed. A stored check
 * is used only for a file with the same name, path and text, under the same checker: the checker's
 * own source files, the installed packages and Node itself (`checkerKey`). Anything else in the
 * cache file (damaged, written by other code, unreadable) counts as no cache: the files are checked.
 * The checks across files (references, numbers, team names, versions) run on every run.
 */

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Ignored by git and kept between runs on one machine, where tools keep their caches. */
export const checkCacheFolder = join(projectRoot, 'node_modules', '.cache', 'handbook-check');

/** Changes when the layout of a cache file does. */
const cacheFormat = 'de-sociale-norm check cache 2';
/** Cache files of other content folders kept beside the one in use (tests and the benchmark check many). */
const otherFoldersKept = 20;
const digestBytes = 32;

export interface CheckCache {
	/** What was remembered under this key, if it has the shape it must have (`fits`). */
	get<T>(key: string, fits: (value: unknown) => value is T): T | undefined;
	set(key: string, value: unknown): void;
	/** Writes what this run used, when it differs from what was read; a cache that cannot be written is simply not kept. */
	save(): void;
}

/**
 * A key in the cache: sha256 over what `label` names (kind, path …) and the sha256 of `text`.
 * The text is hashed on its own: hashing it joined to the label made V8 copy each text into one
 * string first, ~20 ms per 5,000 files, and a run looks every interpretation up twice.
 */
const keyFor = (label: string, text: string) => hash('sha256', `${label}\0${hash('sha256', text, 'base64')}`, 'base64');

/** What a stored check is found by: the file's collection, path, text and how it was checked. */
export function entryKey(name: CollectionName, file: string, text: string, { checkBody = true }: CheckOptions = {}): string {
	return keyFor(`${name}\0${file}\0${checkBody ? 'body' : 'fields'}`, text);
}

/**
 * The checker that made a stored check: a hash over the source of every module the check of a file
 * runs (`checkerSources`), the packages installed and the Node version. Any change there makes
 * every stored check count as absent.
 */
export function checkerKey({ sources, installed, runtime }: { sources: { path: string; text: string }[]; installed: string; runtime: string }): string {
	const digest = createHash('sha256').update(`${cacheFormat}\0${runtime}\0`).update(installed);
	// By code unit, not localeCompare: its collator takes ~10 ms to load, on every run.
	for (const { path, text } of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) digest.update(`\0${path}\0`).update(text);
	return digest.digest('base64');
}

const relativeImport = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * What the cache remembers is made by these modules: the check of one file (all of it, or its
 * fields only), of organisation.yaml and jargon.yaml (with their schemas), the advice on a
 * contribution's Dutch, a version's manifest read, a body rendered for a build.
 */
const checkerEntries = ['./check-file.ts', './checked-files.ts', './read-collections.ts', './read-jargon.ts', '../readability/contribution-advice.ts', '../versions/published-versions.ts', './render-body.ts'].map((path) => fileURLToPath(new URL(path, import.meta.url)));

/** The source files of what the cache remembers: the `entries` and every module of the project they import, directly or not. */
export function checkerSources(entries = checkerEntries): { path: string; text: string }[] {
	const found = new Map<string, string>();
	const visit = (path: string) => {
		if (found.has(path)) return;
		const text = readFileSync(path, 'utf8');
		found.set(path, text);
		for (const [, specifier] of text.matchAll(relativeImport)) visit(resolve(dirname(path), specifier!));
	};
	entries.forEach(visit);
	return [...found].map(([path, text]) => ({ path: path.slice(projectRoot.length), text }));
}

/** The packages as installed: npm's record of node_modules, or the lockfile where there is none. */
function installedPackages(): string {
	for (const file of [join(projectRoot, 'node_modules', '.package-lock.json'), join(projectRoot, 'package-lock.json')]) {
		if (existsSync(file)) return readFileSync(file, 'utf8');
	}
	return '';
}

/** The key of the checker that runs now. */
export const currentCheckerKey = () => checkerKey({ sources: checkerSources(), installed: installedPackages(), runtime: process.version });

/**
 * The scopes of the build's content loader for one edition's folder (handbook-loader.ts): its own
 * files, and the published versions it compares with, each a file apart.
 */
export const buildCheckScopes = (editionFolder: string) => ({ own: `build\0${resolve(editionFolder)}`, published: `build-published\0${resolve(editionFolder)}` });

const cacheFileOf = (folder: string, scope: string) => join(folder, `${createHash('sha256').update(scope).digest('hex').slice(0, 24)}.bin`);

/**
 * Removes what the cache of `scope` holds, so the next run checks and renders every file again (a
 * build without caches, `npm run build -- --zonder-cache`, before it starts), and saves what it made.
 */
export function forgetCheckCache({ folder = checkCacheFolder, scope }: { folder?: string; scope: string }): void {
	rmSync(cacheFileOf(folder, scope), { force: true });
}

/**
 * The cache of one content folder (`scope`): one file in `folder`, read once. Only checks made by
 * the checker `checker` are used. A build without caches forgets the file before (`forgetCheckCache`).
 */
export function openCheckCache({ folder = checkCacheFolder, scope, checker = currentCheckerKey() }: { folder?: string; scope: string; checker?: string }): CheckCache {
	const path = cacheFileOf(folder, scope);
	const stored = readCacheFile(path, checker);
	const used = new Map<string, unknown>();
	let changed = false;
	return {
		get(key, fits) {
			const value = stored.get(key);
			if (!fits(value)) return undefined;
			used.set(key, value);
			return value;
		},
		set(key, value) {
			used.set(key, value);
			changed = true;
		},
		save() {
			if (!changed && used.size === stored.size) return;
			try {
				const payload = serialize({ format: cacheFormat, checker, entries: used });
				mkdirSync(folder, { recursive: true });
				// Written whole, then renamed: a check running at the same time reads the old file or the new one.
				const temporary = `${path}.${process.pid}.tmp`;
				writeFileSync(temporary, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
				renameSync(temporary, path);
				removeOldCacheFiles(folder, path);
			} catch {
				// No cache next time: the check itself is not affected.
			}
		},
	};
}

/** The checks stored in a cache file by this checker; nothing when the file is missing, damaged or not ours. */
function readCacheFile(path: string, checker: string): Map<string, unknown> {
	try {
		const bytes = readFileSync(path);
		const payload = bytes.subarray(digestBytes);
		if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(0, digestBytes))) return new Map();
		const stored = deserialize(payload) as { format?: unknown; checker?: unknown; entries?: unknown } | null;
		if (stored?.format !== cacheFormat || stored.checker !== checker || !(stored.entries instanceof Map)) return new Map();
		return stored.entries as Map<string, unknown>;
	} catch {
		return new Map();
	}
}

const isText = (value: unknown) => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * A check as stored: its body, most often a piece of the file's text, as where that piece starts
 * and how long it is; its fields as written, when they equal the fields after the schema, as the
 * same object (stored once).
 */
interface StoredCheck extends Omit<CheckedElsewhere, 'body'> {
	body: string | [start: number, length: number];
}

function compacted({ body, written, data, errors }: CheckedElsewhere, text: string): StoredCheck {
	const start = body === '' ? -1 : text.lastIndexOf(body);
	return { body: start < 0 ? body : [start, body.length], written: data !== undefined && isDeepStrictEqual(written, data) ? data : written, data, errors };
}

/** A stored check as the reader takes it, when it has the shape of one for this text; a check with data has no errors. */
function restored(value: unknown, text: string): CheckedElsewhere | undefined {
	if (!isRecord(value) || !Array.isArray(value.errors)) return undefined;
	const { body, written, data, errors } = value;
	const bodyFits = isText(body) || (Array.isArray(body) && body.length === 2 && isCount(body[0]) && isCount(body[1]) && body[0] + body[1] <= text.length);
	const errorsFit = errors.every((error) => isRecord(error) && isText(error.file) && isText(error.message));
	const dataFits = data === undefined || (isRecord(data) && errors.length === 0);
	if (!bodyFits || !errorsFit || !dataFits || !(written === undefined || isRecord(written))) return undefined;
	return { body: isText(body) ? body : text.slice(body[0], body[0] + body[1]), written, data, errors } as CheckedElsewhere;
}

/** Keeps the cache files of the folders checked most recently; the oldest go. */
function removeOldCacheFiles(folder: string, current: string) {
	const others = readdirSync(folder)
		.map((name) => join(folder, name))
		.filter((path) => path !== current)
		.map((path) => ({ path, time: statSync(path).mtimeMs }))
		.sort((a, b) => b.time - a.time);
	for (const { path } of others.slice(otherFoldersKept)) rmSync(path, { force: true });
}

/**
 * How a reader checks a file with the cache: a file whose check is stored is not checked again;
 * another is checked with `check` and remembered.
 */
export function cachedCheck(cache: CheckCache, check: CheckFile): CheckFile {
	return (name, text, file, options) => {
		const remembered = storedCheck(cache, name, text, file, options);
		if (remembered) return withLocator({ name, text, file, checked: remembered }) as ReturnType<typeof check<typeof name>>;
		const checked = check(name, text, file, options);
		cache.set(entryKey(name, file, text, options), compacted(checked, text));
		return checked;
	};
}

/** The stored check of this file's text, if there is one that fits it. */
export const storedCheck = (cache: CheckCache, name: CollectionName, text: string, file: string, options?: CheckOptions) => restored(cache.get(entryKey(name, file, text, options), isRecord), text);

/** Stores a check made elsewhere (on a worker thread). */
export const rememberCheck = (cache: CheckCache, { name, text, file, checked }: CheckedFile) => cache.set(entryKey(name, file, text), compacted(checked, text));

const isRendered = (value: unknown): value is RenderedBody => isRecord(value) && isText(value.html) && isText(value.lead);
/** A body rendered for the edition served at `place`: its HTML depends on the body, the place and the renderer (in the checker's key). */
const renderKey = (body: string, { base, basePath }: EditionPlace) => keyFor(`rendered\0${base}\0${basePath}`, body);

/** The HTML of a body as rendered before for the edition served at `place` (render-body.ts), if stored. */
export const storedRender = (cache: CheckCache, body: string, place: EditionPlace) => cache.get(renderKey(body, place), isRendered);

/** Stores a body as rendered for the edition served at `place`. */
export const rememberRender = (cache: CheckCache, body: string, place: EditionPlace, rendered: RenderedBody) => cache.set(renderKey(body, place), rendered);

const isListOfTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isAdvice = (value: unknown): value is ContributionAdvice =>
	isRecord(value) && isListOfTexts(value.lines) && (value.level === undefined || readingLevels.includes(value.level as ReadingLevel));

/** The advice on each contribution's Dutch (contribution-advice.ts), remembered for the file's text and the jargon list as they are. */
export function rememberedAdvice(cache: CheckCache, jargon: readonly JargonEntry[]): RememberedAdvice {
	const jargonDigest = createHash('sha256').update(JSON.stringify(jargon)).digest('base64');
	const keyOf = ({ file, text }: { file: string; text: string }) => keyFor(`advice\0${jargonDigest}\0${file}`, text);
	return { get: (interpretation) => cache.get(keyOf(interpretation), isAdvice), set: (interpretation, advice) => cache.set(keyOf(interpretation), advice) };
}

const isSettingsCheck = (value: unknown): value is SettingsCheck =>
	isRecord(value) &&
	Array.isArray(value.errors) &&
	value.errors.every((error) => isRecord(error) && isText(error.file) && isText(error.message)) &&
	(value.data === undefined || (isRecord(value.data) && value.errors.length === 0));

/** The checks of organisation.yaml and jargon.yaml (checkSettings, checked-files.ts), remembered by kind, path and text. */
export function rememberedSettings(cache: CheckCache): RememberedSettings {
	const keyOf = (kind: string, file: string, text: string) => keyFor(`settings\0${kind}\0${file}`, text);
	return { get: (kind, file, text) => cache.get(keyOf(kind, file, text), isSettingsCheck), set: (kind, file, text, checked) => cache.set(keyOf(kind, file, text), checked) };
}

/** The fields of the published versions' manifests (published-versions.ts), remembered by their text. */
export function rememberedManifests(cache: CheckCache): RememberedManifests {
	const keyOf = (text: string) => keyFor('manifest', text);
	return { get: (text) => cache.get(keyOf(text), isRecord), set: (text, fields) => cache.set(keyOf(text), fields) };
}
