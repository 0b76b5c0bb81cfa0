import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { paths } from '../../src/lib/paths.ts';
import { atomProblems } from '../helpers/atom.ts';
import { buildVariant } from '../helpers/build-variant.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { minimalContent } from '../helpers/content-fixture.ts';
import { publishVersion } from '../helpers/run-script.ts';

/**
 * The project lead rewords only the handbook's note under a rule ("Over deze tekst") and publishes
 * that as version 0.2. The rule itself did not change, and no reader may be told that it did: not
 * by the publish command, the list of versions, the feed, the changes page, nor the rule's own
 * page. Built from the minimal test handbook, published as 0.1 with the note and as 0.2 with the
 * note reworded: three editions of a few pages each, every page and feed of them read.
 */
const rule = 'rules/respectvol-omgaan.mdx';
const rulePage = paths.rule('omgaan-met-anderen', 'respectvol-omgaan');
const noteBefore = 'In de bron lijkt na "met anderen" een woord te ontbreken.';
const noteAfter = 'In de bron ontbreekt na "met anderen" een woord.';
let variant: ReturnType<typeof buildVariant>;
let publishOutput = '';

beforeAll(() => {
	variant = buildVariant(
		(content) => {
			const file = join(content, rule);
			writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${noteBefore}\n`);
			publishVersion(content, ['0.1', '--label', 'Eerste versie', '--bevestig']);
			writeFileSync(file, readFileSync(file, 'utf8').replace(noteBefore, noteAfter));
			publishOutput = publishVersion(content, ['0.2', '--label', 'Versie voor Platform I&D', '--bevestig']);
		},
		{},
		minimalContent,
	);
}, 600_000);
afterAll(() => variant?.remove());

describe('a version where only a note beside a rule changed', () => {
	test('nowhere a reader looks says that a rule was worded differently', () => {
		const readable = listFiles(variant.outDir).filter((file) => /\.(html|xml)$/.test(file) && !file.startsWith('pagefind'));
		// The three editions' pages and feeds.
		expect(readable.length).toBeGreaterThan(60);
		const saying = readable.filter((file) => /anders geformuleerd/i.test(readFileSync(join(variant.outDir, file), 'utf8')));
		expect(saying).toEqual([]);
		expect(publishOutput).not.toMatch(/anders geformuleerd/i);
	});

	test('the publish output, the list of versions and the feed say it was the note', () => {
		const line = '1 toelichting bij een regel bijgewerkt (niet de regel zelf)';
		expect(publishOutput).toContain(`Wat lezers zien veranderen sinds versie 0.1:\n  - ${line}\n`);
		expect(textOf(readPage('/versies/', variant.outDir).getElementById('versie-0-2')?.closest('section'))).toContain(line);
		const feed = readFileSync(join(variant.outDir, 'wat-is-er-nieuw.xml'), 'utf8');
		expect(atomProblems(feed)).toEqual([]);
		expect(feed).toContain(`<li>${line}</li>`);
	});

	test('the changes page lists the rule under “Toelichting bijgewerkt”, saying the rule itself did not change', () => {
		const main = readPage('/wijzigingen/', variant.outDir).querySelector('main')!;
		expect([...main.querySelectorAll('h3')].map((h3) => textOf(h3))).toEqual(['Toelichting bijgewerkt']);
		expect(textOf(main)).toContain('De toelichting van het handboek (“Over deze tekst”) is bijgewerkt. De tekst van de regel zelf is daardoor niet veranderd.');
		expect(textOf(main.querySelector('h3 ~ ul a'))).toBe('Respectvol omgaan');
	});

	test('the rule’s page says only the note changed, and shows the words as the page does: spaces kept, typographic quotes', () => {
		const diff = readPage(rulePage, variant.outDir).querySelector('.changed-since')!;
		expect(textOf(diff.querySelector('summary'))).toBe('Wat is er veranderd sinds versie 0.1: alleen de toelichting, niet de regel zelf');
		const words = diff.querySelector('.word-diff')!;
		expect(words.innerHTML).not.toContain('</del><ins>');
		expect(words.textContent).toContain('“met anderen”');
		expect(words.textContent).not.toContain('"');
	});

	test('the label with & reads as it was typed, on the version bar', () => {
		expect(textOf(readPage(rulePage, variant.outDir).querySelector('.edition-bar__label'))).toBe('· Versie voor Platform I&D');
	});
});
