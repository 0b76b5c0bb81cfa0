import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { runBuild } from '../helpers/astro.ts';
import { oneBuildAtATime } from '../helpers/build-lock.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * The working version's pages are kept between builds and copied where nothing they show changed
 * (src/lib/page-cache-key.ts). A page copied that should have been rendered again would show a
 * reader something old; so each build here is compared, file for file, with a build of the same
 * content that uses no cache at all.
 */
let root: string;
let content: string;

function build(outDir: string, ...flags: string[]): string {
	const result = oneBuildAtATime(() => runBuild(['--outDir', outDir, ...flags], { HANDBOOK_CONTENT: content }));
	if (result.status !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

/** The pages Astro copied from its cache instead of rendering them, as its log names them. */
const copiedPages = (output: string) => new Set([...stripVTControlCharacters(output).matchAll(/├─ (\S+) \((?:restored|cached)\)$/gm)].map((match) => match[1]));

/** The working version's files that differ between two sites (the PDF aside: it says when it was printed). */
function differingFiles(site: string, other: string): string[] {
	const files = listFiles(join(site, 'werkversie')).filter((file) => !file.endsWith('.pdf'));
	expect(files.length).toBeGreaterThan(100);
	expect(listFiles(join(other, 'werkversie')).filter((file) => !file.endsWith('.pdf')).sort()).toEqual([...files].sort());
	return files.filter((file) => !readFileSync(join(site, 'werkversie', file)).equals(readFileSync(join(other, 'werkversie', file))));
}

/** An invented example of the working version: the handreiking leaves it out. */
const exampleFile = () => listFiles(join(content, 'interpretations')).filter((file) => file.endsWith('.mdx') && readFileSync(join(content, 'interpretations', file), 'utf8').includes('\nfictitious: true\n')).sort()[0]!;
const pdfLine = (output: string) => output.split('\n').find((line) => line.startsWith('Handreiking van werkversie als pdf:'));
const workingPdf = (site: string) => readFileSync(join(root, site, 'werkversie', 'handreiking-sociale-norm-werkversie.pdf'));

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'handbook-page-cache-'));
	content = join(root, 'content');
	cpSync(shippedContent, content, { recursive: true });
	// The first build of this content fills the cache the next ones use.
	build(join(root, 'first'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('after a change, the working version is rendered again only where it shows the change', () => {
	test('a reworded example: its page is rendered again, other interpretations are copied, the handreiking’s PDF is not printed again, and the site is what a build without caches makes', () => {
		const file = exampleFile();
		const id = file.split('/').at(-1)!.replace(/\.mdx$/, '');
		const path = join(content, 'interpretations', file);
		writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\nDeze zin is er later bijgekomen.\n`);
		const output = build(join(root, 'changed'));
		const copied = copiedPages(output);
		expect(copied.has(`/interpretaties/${id}/index.html`)).toBe(false);
		expect([...copied].filter((page) => page.startsWith('/interpretaties/')).length).toBeGreaterThan(10);
		// The card of its rule or agreement shows it too; the cards and lists of the others are copied.
		const norm = file.split('/')[0]!;
		expect(copied.has(`/kaarten/${norm}/index.html`)).toBe(false);
		expect([...copied].filter((page) => page.startsWith('/kaarten/')).length).toBeGreaterThan(10);
		expect(readFileSync(join(root, 'changed', 'werkversie', 'interpretaties', id, 'index.html'), 'utf8')).toContain('Deze zin is er later bijgekomen.');
		expect(pdfLine(output)).toContain('uit de cache (de handreiking is niet veranderd)');
		expect(workingPdf('changed').equals(workingPdf('first'))).toBe(true);
		build(join(root, 'changed-without-cache'), '--zonder-cache');
		expect(differingFiles(join(root, 'changed'), join(root, 'changed-without-cache'))).toEqual([]);
	}, 120_000);

	test('a build without caches fills the cache the next build uses', () => {
		// The site above was built last with --zonder-cache; another example reworded after it.
		const file = listFiles(join(content, 'interpretations')).filter((name) => name.endsWith('.mdx') && name !== exampleFile() && readFileSync(join(content, 'interpretations', name), 'utf8').includes('\nfictitious: true\n')).sort()[0]!;
		const path = join(content, 'interpretations', file);
		writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\nOok deze zin is er later bijgekomen.\n`);
		const copied = copiedPages(build(join(root, 'after-without-cache')));
		expect([...copied].filter((page) => page.startsWith('/interpretaties/')).length).toBeGreaterThan(10);
	}, 120_000);

	test('a reworded term, which every interpretation may link to: no page of an interpretation or a team is copied, and the handreiking is printed again', () => {
		const term = join(content, 'terms', 'pesten.yaml');
		const text = readFileSync(term, 'utf8');
		expect(text).toContain('Pesten is iemand steeds opnieuw kwetsen');
		// Worded for this run alone: a PDF is kept by what its page says, also from an earlier run.
		const reworded = `Pesten is iemand keer op keer kwetsen (${basename(root)})`;
		writeFileSync(term, text.replace('Pesten is iemand steeds opnieuw kwetsen', reworded));
		const output = build(join(root, 'term'));
		expect([...copiedPages(output)].filter((page) => /^\/(interpretaties|teams)\//.test(page))).toEqual([]);
		// The handreiking ends with the glossary.
		expect(pdfLine(output)).toMatch(/ kB in \d+\.\d s\.$/);
		expect(readFileSync(join(root, 'term', 'werkversie', 'begrippen', 'pesten', 'index.html'), 'utf8')).toContain(reworded);
	}, 120_000);
});
