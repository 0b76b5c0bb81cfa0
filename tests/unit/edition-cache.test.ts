import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { editionsOf } from '../../src/lib/edition.ts';
import { cachedEdition, codeInputs, editionCacheFolder, editionCacheKeys, keepEdition, printerInputs, pruneEditions } from '../../src/build/edition-cache.ts';
import { projectRoot as repositoryRoot } from '../helpers/astro.ts';
import type { PublishedVersion } from '../../src/lib/versions/published-versions.ts';

/**
 * A published version's pages are built once and reused: the key that finds them changes with
 * anything they are built from, and with nothing else.
 */
let root: string;
let projectRoot: string;
let contentRoot: string;

function write(path: string, text: string) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}
function publish(number: string) {
	write(join(contentRoot, 'versions', number, 'version.yaml'), `number: "${number}"\nlabel: Versie\ndate: 2026-11-23\nfiles: {}\n`);
}
const version = (number: string): PublishedVersion => ({ number, label: 'Versie', date: '2026-11-23', folder: join(contentRoot, 'versions', number), files: {} });
const keys = (numbers = ['0.1', '0.2']) => editionCacheKeys({ projectRoot, contentRoot, editions: editionsOf(numbers.map(version), contentRoot, '2026-11-23') });

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'edition-cache-'));
	projectRoot = join(root, 'project');
	contentRoot = join(root, 'content');
	write(join(projectRoot, 'src', 'components', 'Page.astro'), '<p>pagina</p>');
	write(join(projectRoot, 'astro.config.mjs'), 'export default {};');
	write(join(contentRoot, 'organisation.yaml'), 'name: WPI\n');
	write(join(contentRoot, 'i18n', 'nl.json'), '{}');
	write(join(contentRoot, 'interpretations', 'niet-pesten', 'team-a.mdx'), '---\ntitle: A\n---\n');
	publish('0.1');
	publish('0.2');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the key of a built published version', () => {
	test('is the same for the same files, and differs per version', () => {
		const first = keys();
		expect(keys()).toEqual(first);
		expect(first.get('0.1')).not.toBe(first.get('0.2'));
		expect(first.has('werkversie')).toBe(false);
	});

	test('differs per base path: pages built for / would link wrongly under /de-sociale-norm/', () => {
		const underBasePath = editionCacheKeys({ projectRoot, contentRoot, editions: editionsOf(['0.1', '0.2'].map(version), contentRoot, '2026-11-23', '/de-sociale-norm/') });
		expect(underBasePath.get('0.1')).not.toBe(keys().get('0.1'));
		expect(underBasePath.get('0.2')).not.toBe(keys().get('0.2'));
	});

	test('holds when only the working version changes', () => {
		const before = keys();
		write(join(contentRoot, 'interpretations', 'niet-pesten', 'team-a.mdx'), '---\ntitle: A, herschreven\n---\n');
		expect(keys()).toEqual(before);
	});

	test.each([
		['the code', () => write(join(projectRoot, 'src', 'components', 'Page.astro'), '<p>andere pagina</p>')],
		['the config', () => write(join(projectRoot, 'astro.config.mjs'), 'export default { base: "/" };')],
		['the settings', () => write(join(contentRoot, 'organisation.yaml'), 'name: Een andere directie\n')],
		['the interface texts', () => write(join(contentRoot, 'i18n', 'nl.json'), '{"search.label":"Zoeken"}')],
		['the jargon list the proposal form shows', () => write(join(contentRoot, 'jargon.yaml'), 'words:\n  - word: borgen\n    instead: vastleggen\n')],
		['a version’s manifest', () => write(join(contentRoot, 'versions', '0.1', 'version.yaml'), 'number: "0.1"\nlabel: Anders\ndate: 2026-11-23\nfiles: {}\n')],
	])('changes for every version when %s changes', (_what, change) => {
		const before = keys();
		change();
		const after = keys();
		expect(after.get('0.1')).not.toBe(before.get('0.1'));
		expect(after.get('0.2')).not.toBe(before.get('0.2'));
	});

	test('changes when a new version is published: the switcher on every older page lists it', () => {
		const before = keys();
		publish('0.3');
		expect(keys(['0.1', '0.2', '0.3']).get('0.1')).not.toBe(before.get('0.1'));
	});
});

test('the key covers every module of the PDF printer outside src/: a change there remakes the kept PDFs', () => {
	const localImports = (file: string) => [...readFileSync(join(repositoryRoot, file), 'utf8').matchAll(/^import[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => relative(repositoryRoot, join(repositoryRoot, dirname(file), match[1]!)));
	const reached = new Set<string>();
	const visit = (file: string) => {
		if (reached.has(file) || file.startsWith('src/')) return;
		reached.add(file);
		localImports(file).forEach(visit);
	};
	visit('scripts/lib/handreiking-pdf.ts');
	expect([...reached].sort()).toEqual([...printerInputs].sort());
	expect(codeInputs).toEqual(expect.arrayContaining(['src', ...printerInputs]));
});

describe('the kept editions', () => {
	test('a kept edition is found by its key until a build no longer names it', () => {
		const folder = editionCacheFolder(projectRoot, contentRoot);
		const built = join(root, 'out');
		write(join(built, 'index.html'), '<p>versie 0.1</p>');
		const kept = keepEdition(folder, 'key-a', built);
		expect(cachedEdition(folder, 'key-a')).toBe(kept);
		expect(existsSync(join(kept, 'index.html'))).toBe(true);
		expect(cachedEdition(folder, 'key-b')).toBeUndefined();
		pruneEditions(folder, ['key-b']);
		expect(cachedEdition(folder, 'key-a')).toBeUndefined();
	});

	test('a copy of the content finds what the original kept under the same key, and keeps its own after the original is pruned', () => {
		const original = editionCacheFolder(projectRoot, contentRoot);
		const built = join(root, 'out');
		write(join(built, 'index.html'), '<p>versie 0.1</p>');
		keepEdition(original, 'key-a', built);
		const copyContent = join(root, 'kopie');
		mkdirSync(copyContent);
		const copy = editionCacheFolder(projectRoot, copyContent);
		expect(cachedEdition(copy, 'key-b')).toBeUndefined();
		const found = cachedEdition(copy, 'key-a');
		expect(found).toBe(join(copy, 'key-a'));
		pruneEditions(original, []);
		expect(existsSync(join(original, 'key-a'))).toBe(false);
		expect(readFileSync(join(found!, 'index.html'), 'utf8')).toBe('<p>versie 0.1</p>');
	});

	test('the kept editions of a content folder that is gone are removed', () => {
		const goneContent = join(root, 'weg');
		mkdirSync(goneContent);
		const gone = editionCacheFolder(projectRoot, goneContent);
		rmSync(goneContent, { recursive: true });
		const folder = editionCacheFolder(projectRoot, contentRoot);
		pruneEditions(folder, []);
		expect(existsSync(gone)).toBe(false);
		expect(existsSync(folder)).toBe(true);
	});
});
