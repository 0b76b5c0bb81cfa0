import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readEditions, type Edition } from '../../src/lib/edition.ts';
import { shippedContent } from '../helpers/content-fixture.ts';
import { samePageIn } from '../../src/lib/edition-links.ts';
import { inHandreiking } from '../../src/lib/handreiking.ts';
import { formatDate } from '../../src/lib/interpretations.ts';
import { paths } from '../../src/lib/paths.ts';
import { readEditionContent } from '../../src/lib/versions/edition-content.ts';
import { buildEnv, projectRoot } from '../helpers/astro.ts';
import { builtFile, readPage, textOf } from '../helpers/built-site.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';

const editions = readEditions(shippedContent);
const pdfOf = (edition: Edition) => builtFile(samePageIn(edition, paths.handreikingPdf(edition.id)));
const checksum = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Compared without spaces: the PDF's text runs break lines where the page does not. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

let run: SpawnSyncReturns<string>;
const before = new Map<string, string>();
beforeAll(() => {
	for (const edition of editions.filter((candidate) => candidate.published)) before.set(edition.id, checksum(pdfOf(edition)));
	run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'pdf.ts')], { cwd: projectRoot, encoding: 'utf8', env: buildEnv({}) });
}, 120_000);

describe('npm run pdf', () => {
	test('writes the handreiking of every edition as a PDF named with its version', () => {
		expect(run.status, run.stderr).toBe(0);
		for (const edition of editions) expect(run.stdout).toContain(`handreiking-sociale-norm-${edition.id}.pdf`);
	});

	test('leaves the PDF of a published version as the build made it: frozen with its pages', () => {
		for (const [id, sum] of before) expect(checksum(pdfOf(editions.find((edition) => edition.id === id)!)), `versie ${id}`).toBe(sum);
	});
});

describe.each(editions.map((edition) => [edition.name, edition] as const))('the PDF of the handreiking of %s', (_, edition: Edition) => {
	let pages: string[];
	let text: string;
	beforeAll(async () => {
		pages = await pdfPageTexts(readFileSync(pdfOf(edition)));
		text = pages.join(' ');
	});

	test('names the version, its label and date', () => {
		expect(text).toContain(edition.published ? `${edition.name} ·` : 'Werkversie · nog niet gepubliceerd');
		if (edition.label) expect(text).toContain(edition.label);
		if (edition.published) expect(text).toContain(formatDate(edition.date));
	});

	test('holds every rule and work agreement title, and no proposal or invented example', () => {
		const content = readEditionContent(edition);
		for (const entry of [...content.rules, ...content.agreements]) expect(squeezed(text)).toContain(squeezed(entry.data.title));
		const leftOut = content.interpretations.filter((interpretation) => !inHandreiking(interpretation));
		expect(leftOut.length).toBeGreaterThan(0);
		for (const interpretation of leftOut) expect(squeezed(text), interpretation.id).not.toContain(squeezed(interpretation.data.title));
	});

	test('numbers its pages', () => {
		expect(pages.length).toBeGreaterThan(5);
		pages.forEach((page, index) => expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`));
	});

	test('has no link to the server it was printed from: a page of the handbook is plain text while its public address is unset', async () => {
		const loading = getDocument({ data: new Uint8Array(readFileSync(pdfOf(edition))), verbosity: 0 });
		try {
			const document = await loading.promise;
			const urls: string[] = [];
			for (let number = 1; number <= document.numPages; number++) {
				for (const annotation of await (await document.getPage(number)).getAnnotations()) if (annotation.url) urls.push(annotation.url as string);
			}
			expect(urls.filter((url) => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname))).toEqual([]);
		} finally {
			await loading.destroy();
		}
	});

	test('is tagged, with an outline of its headings for a screen reader and the reader’s sidebar', async () => {
		const loading = getDocument({ data: new Uint8Array(readFileSync(pdfOf(edition))), verbosity: 0 });
		try {
			const document = await loading.promise;
			const markInfo = (await document.getMarkInfo()) as unknown as Map<string, boolean> | null;
			expect(markInfo?.get('Marked')).toBe(true);
			type Outline = { title: string; items: Outline }[];
			const titles = (items: Outline): string[] => items.flatMap((item) => [item.title, ...titles(item.items)]);
			const outline = titles(((await document.getOutline()) ?? []) as Outline);
			expect(outline).toEqual(expect.arrayContaining(['Inhoud', 'Begrippen', 'Als een norm wordt overschreden']));
		} finally {
			await loading.destroy();
		}
	});

	test('keeps every card whole on one sheet: a rule or agreement with its source, an adopted interpretation, a term', () => {
		const page = readPage(samePageIn(edition, paths.handreiking));
		const cards = [...page.querySelectorAll('.handreiking-norm__card, .handreiking-interpretation, .handreiking__term')].map(textOf);
		expect(cards.length).toBeGreaterThan(30);
		// The printout leaves the link to the PDF out; the rest of each card is on one sheet.
		const split = cards.filter((card) => !pages.some((sheet) => squeezed(sheet).includes(squeezed(card))));
		expect(split).toEqual([]);
	});

	test('leaves no page half empty, but the last', () => {
		const sizes = pages.map((page) => page.length);
		const median = sizes.toSorted((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
		const thin = sizes.slice(0, -1).flatMap((size, index) => (size < 0.5 * median ? [`page ${index + 1}: ${size} of a median ${median} characters`] : []));
		expect(thin).toEqual([]);
	});
});
