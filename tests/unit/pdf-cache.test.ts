import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handreikingPdfCache } from '../../src/build/pdf-cache.ts';

/**
 * The handreiking's PDF is printed again only when the handreiking's page changed, or what it is
 * printed with; otherwise the build takes the one it printed before.
 */
let root: string;
let projectRoot: string;
const edition = { id: 'werkversie', base: '/werkversie/' };

/** An edition's built folder whose handreiking page says `text`, with a PDF `printed` beside it. */
function builtFolder(name: string, text: string, printed?: string): string {
	const folder = join(root, name);
	mkdirSync(join(folder, 'handreiking'), { recursive: true });
	writeFileSync(join(folder, 'handreiking', 'index.html'), `<h1>${text}</h1>`);
	if (printed) writeFileSync(join(folder, 'handreiking.pdf'), printed);
	return folder;
}
const cacheOf = (folder: string, { seed = 'code', reuse = true } = {}) => handreikingPdfCache({ projectRoot, seed, folder, edition, reuse });
const keptPdfs = () => readdirSync(join(projectRoot, 'node_modules', '.cache', 'handbook-pdf'));

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
	projectRoot = join(root, 'project');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the handreiking’s PDF between builds', () => {
	test('the same page printed with the same code gets the PDF kept last time', () => {
		const first = builtFolder('first', 'Handreiking', '%PDF eerste');
		cacheOf(first).keep(join(first, 'handreiking.pdf'));
		const next = builtFolder('next', 'Handreiking');
		expect(cacheOf(next).take(join(next, 'handreiking.pdf'))).toBe(true);
		expect(readFileSync(join(next, 'handreiking.pdf'), 'utf8')).toBe('%PDF eerste');
	});

	test('a changed page, other code or another edition is printed again', () => {
		const first = builtFolder('first', 'Handreiking', '%PDF eerste');
		cacheOf(first).keep(join(first, 'handreiking.pdf'));
		const changed = builtFolder('changed', 'Handreiking, gewijzigd');
		expect(cacheOf(changed).take(join(changed, 'handreiking.pdf'))).toBe(false);
		const same = builtFolder('same', 'Handreiking');
		expect(cacheOf(same, { seed: 'other code' }).take(join(same, 'handreiking.pdf'))).toBe(false);
		expect(handreikingPdfCache({ projectRoot, seed: 'code', folder: same, edition: { id: '0.1', base: '/' }, reuse: true }).take(join(same, 'handreiking.pdf'))).toBe(false);
		expect(existsSync(join(same, 'handreiking.pdf'))).toBe(false);
	});

	test('a build without caches prints anew, and keeps what it printed', () => {
		const first = builtFolder('first', 'Handreiking', '%PDF eerste');
		cacheOf(first).keep(join(first, 'handreiking.pdf'));
		const fresh = builtFolder('fresh', 'Handreiking');
		expect(cacheOf(fresh, { reuse: false }).take(join(fresh, 'handreiking.pdf'))).toBe(false);
		writeFileSync(join(fresh, 'handreiking.pdf'), '%PDF opnieuw');
		cacheOf(fresh, { reuse: false }).keep(join(fresh, 'handreiking.pdf'));
		const next = builtFolder('next', 'Handreiking');
		cacheOf(next).take(join(next, 'handreiking.pdf'));
		expect(readFileSync(join(next, 'handreiking.pdf'), 'utf8')).toBe('%PDF opnieuw');
	});

	test('only the 20 PDFs used last are kept', () => {
		for (let number = 1; number <= 22; number++) {
			const folder = builtFolder(`build-${number}`, `Handreiking ${number}`, `%PDF ${number}`);
			cacheOf(folder).keep(join(folder, 'handreiking.pdf'));
			// Each a minute older than the next, as builds one after another would leave them.
			const at = new Date(Date.UTC(2026, 11, 1, 0, number));
			for (const name of keptPdfs()) if (readFileSync(join(projectRoot, 'node_modules', '.cache', 'handbook-pdf', name), 'utf8') === `%PDF ${number}`) utimesSync(join(projectRoot, 'node_modules', '.cache', 'handbook-pdf', name), at, at);
		}
		expect(keptPdfs()).toHaveLength(20);
		const oldest = builtFolder('again-1', 'Handreiking 1');
		expect(cacheOf(oldest).take(join(oldest, 'handreiking.pdf'))).toBe(false);
		const newest = builtFolder('again-22', 'Handreiking 22');
		expect(cacheOf(newest).take(join(newest, 'handreiking.pdf'))).toBe(true);
	});
});
