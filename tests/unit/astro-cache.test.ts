import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { astroCacheFolder, forgetRenderedPages, keepAstroCaches } from '../../src/build/astro-cache.ts';

/** Astro's caches of content folders that are gone (a test's copy) go; the others stay. */
let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'astro-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('each edition’s Astro cache names its content folder; the caches of content folders that are gone are removed', () => {
	const content = join(root, 'content');
	mkdirSync(content);
	const gone = join(root, 'copy-of-content');
	const cache = (name: string, noted?: string) => {
		const folder = join(root, 'node_modules', '.astro', name);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'data-store.json'), '{}');
		if (noted) writeFileSync(join(folder, 'content-folder.txt'), noted);
		return folder;
	};
	const ofGone = cache('of-gone', gone);
	const ofContent = cache('of-content', content);
	const unnoted = cache('unnoted');
	const edition = { contentFolder: content, base: '/werkversie/' };
	keepAstroCaches(root, [edition]);
	expect(existsSync(ofGone)).toBe(false);
	expect(existsSync(ofContent)).toBe(true);
	expect(existsSync(unnoted)).toBe(true);
	expect(readFileSync(join(root, astroCacheFolder(edition), 'content-folder.txt'), 'utf8')).toBe(content);
	// Another base is another folder: an edition moved to / keeps nothing of /werkversie/.
	expect(astroCacheFolder({ contentFolder: content, base: '/' })).not.toBe(astroCacheFolder(edition));
});

test('after a failed build, the next renders every page of the edition again', () => {
	const edition = { contentFolder: join(root, 'content'), base: '/werkversie/' };
	const folder = join(root, astroCacheFolder(edition));
	mkdirSync(join(folder, 'dist'), { recursive: true });
	writeFileSync(join(folder, 'incremental-build.json'), '{"version":1,"routes":{}}');
	writeFileSync(join(folder, 'data-store.json'), '{}');
	forgetRenderedPages(root, edition);
	expect(existsSync(join(folder, 'incremental-build.json'))).toBe(false);
	// What Astro read of the content stays: it is checked again anyway.
	expect(existsSync(join(folder, 'data-store.json'))).toBe(true);
});
