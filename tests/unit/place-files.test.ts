import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { placeFiles } from '../../src/build/place-files.ts';

/** A built edition reaches the site folder without copying thousands of pages where it need not. */
let root: string;
let built: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'place-files-'));
	built = join(root, 'built');
	mkdirSync(join(built, 'gedragscode', 'niet-pesten'), { recursive: true });
	writeFileSync(join(built, 'index.html'), '<h1>Home</h1>');
	writeFileSync(join(built, 'gedragscode', 'niet-pesten', 'index.html'), '<h1>Niet pesten</h1>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const page = (site: string) => readFileSync(join(site, 'gedragscode', 'niet-pesten', 'index.html'), 'utf8');

describe('placing a built edition in the site', () => {
	test('a fresh build is moved: its pages are in the site and no longer in the work folder', () => {
		const site = join(root, 'site', 'werkversie');
		placeFiles(built, site, 'move');
		expect(page(site)).toBe('<h1>Niet pesten</h1>');
		expect(existsSync(built)).toBe(false);
	});

	test('a kept version is linked: the site shares its files, and removing the site leaves the kept files', () => {
		const site = join(root, 'site', 'versies', '0.1');
		placeFiles(built, site, 'link');
		expect(page(site)).toBe('<h1>Niet pesten</h1>');
		expect(statSync(join(site, 'index.html')).ino).toBe(statSync(join(built, 'index.html')).ino);
		rmSync(join(root, 'site'), { recursive: true });
		expect(readFileSync(join(built, 'index.html'), 'utf8')).toBe('<h1>Home</h1>');
	});

	test('an edition moved into a folder that already holds another edition keeps both', () => {
		const site = join(root, 'site');
		mkdirSync(join(site, 'versies'), { recursive: true });
		writeFileSync(join(site, 'index.html'), '<h1>Nieuwste</h1>');
		placeFiles(built, site, 'move');
		expect(page(site)).toBe('<h1>Niet pesten</h1>');
		expect(existsSync(join(site, 'versies'))).toBe(true);
	});
});
