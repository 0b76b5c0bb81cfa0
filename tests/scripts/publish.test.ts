import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { readCollection } from '../../src/lib/content/load-handbook.ts';
import { today } from '../../src/lib/today.ts';
import { projectRoot } from '../helpers/astro.ts';
import { contentFixture, shippedContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run publiceer -- …` the way a maintainer does, on the given content folder. */
const publish = (content: string, args: string[]) => runScript('publish.ts', args, content);

/** How a path appears in the script's messages: relative to the project, where `npm run` runs. */
const shown = (path: string) => relative(projectRoot, path);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under content/versions/, hidden ones included: what "writes nothing" is measured by. */
const versionsTree = (content: string) => (existsSync(join(content, 'versions')) ? readdirSync(join(content, 'versions'), { recursive: true }).map(String).sort() : []);

const manifestOf = (content: string, number: string) => parse(readFileSync(join(content, 'versions', number, 'version.yaml'), 'utf8'));

describe('npm run publiceer', () => {
	test('freezes a byte copy of every collection and the docs, with a manifest whose checksums match, and says what it did', () => {
		const content = shippedContentFixture();
		const result = publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);

		const folder = join(content, 'versions', '0.1');
		const manifest = manifestOf(content, '0.1');
		expect(manifest).toMatchObject({ number: '0.1', label: 'Startversie', date: today() });
		expect(manifest).not.toHaveProperty('previous');

		// Every file of the frozen folders is there, byte for byte, and nothing else.
		const sources = ['sources', 'themes', 'rules', 'topics', 'agreements', 'terms', 'interpretations', 'docs'].flatMap((directory) =>
			listFiles(join(content, directory)).map((path) => `${directory}/${path.split('\\').join('/')}`),
		);
		expect(Object.keys(manifest.files).sort()).toEqual(sources.sort());
		expect(sources).toContain('rules/omgaan-met-anderen/niet-pesten.mdx');
		expect(sources).toContain('docs/index.mdx');
		for (const path of sources) {
			expect(readFileSync(join(folder, path)).equals(readFileSync(join(content, path))), path).toBe(true);
			expect(manifest.files[path], path).toBe(sha256(join(folder, path)));
		}
		// Settings and Starlight's UI strings apply to every version and are not frozen.
		expect(existsSync(join(folder, 'organisation.yaml'))).toBe(false);
		expect(existsSync(join(folder, 'i18n'))).toBe(false);
		expect(versionsTree(content).filter((path) => path.startsWith('.'))).toEqual([]);

		// The frozen rules read as the rules of the werkversie do.
		expect([...readCollection('rules', folder).entries.keys()].sort()).toEqual([...readCollection('rules', content).entries.keys()].sort());

		expect(result.stdout).toContain(`Versie 0.1 "Startversie" is gepubliceerd met datum ${today()}: ${sources.length} bestanden bevroren in ${shown(folder)}/.`);
		expect(result.stdout).toContain('Dit is de eerste versie.');

		const check = runScript('check-content.ts', [], content);
		expect(check.status).toBe(0);
		expect(check.stdout).toMatch(/, 1 gepubliceerde versie\.$/m);
	});

	test('a second version records the one before it and counts the files new, changed and removed since then', () => {
		const content = contentFixture();
		expect(publish(content, ['0.9', '--label', 'Eerste']).status).toBe(0);
		writeFileSync(join(content, 'terms', 'ander-begrip.yaml'), 'term: Ander begrip\nsummary: Een tweede begrip.\n');
		writeFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), `${readFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), 'utf8')}\nNog een zin.\n`);
		rmSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'));

		const result = publish(content, ['0.10', '--label', '50-70%-versie']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Ten opzichte van versie 0.9: 1 nieuw, 1 gewijzigd, 1 verwijderd.');
		expect(manifestOf(content, '0.10')).toMatchObject({ number: '0.10', label: '50-70%-versie', previous: '0.9' });
		// The earlier version is untouched.
		expect(existsSync(join(content, 'versions', '0.9', 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'))).toBe(true);
	});

	test('--proef says what would be published, and writes nothing', () => {
		const content = contentFixture();
		const result = publish(content, ['0.6', '--label', '50-70%-versie', '--proef']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Proef: er is niets geschreven.');
		expect(result.stdout).toContain(`Versie 0.6 "50-70%-versie" zou worden gepubliceerd met datum ${today()}: 8 bestanden bevroren in ${shown(join(content, 'versions', '0.6'))}/.`);
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test.each([
		['the same number again', '0.6', 'versie 0.6 bestaat al'],
		['a lower number', '0.5', 'het versienummer 0.5 is niet hoger dan de laatste versie, 0.6; kies een hoger nummer'],
		// As text "0.9" sorts after "0.10"; as a version it comes before.
		['a number lower when read as numbers', '0.9', 'het versienummer 0.9 is niet hoger dan de laatste versie, 0.10; kies een hoger nummer', '0.10'],
	])('%s is refused and nothing is written', (_scenario, number, message, first = '0.6') => {
		const content = contentFixture();
		expect(publish(content, [first, '--label', 'Eerste']).status).toBe(0);
		const before = versionsTree(content);
		const result = publish(content, [number, '--label', 'Tweede']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Versie ${number} is niet gepubliceerd; er is niets geschreven:`);
		expect(result.stderr).toContain(message);
		expect(versionsTree(content)).toEqual(before);
	});

	test.each([
		['0.6.x', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen, gevonden: "0.6.x"'],
		['v1', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen, gevonden: "v1"'],
		['1', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0'],
		['01.0', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0'],
		['0.6', '', '--label: is leeg; verwacht een korte naam voor de versie, zoals 50-70%-versie'],
		['0.6', '   ', '--label: is leeg'],
		['0.6', '<b>x</b>', '--label: mag geen < > of & bevatten (de naam is gewone tekst, geen HTML), gevonden: "<b>x</b>"'],
		['0.6', 'Samen & apart', '--label: mag geen < > of & bevatten'],
		['0.6', 'x'.repeat(61), '--label: is te lang; verwacht hoogstens 60 tekens'],
	])('number %j with label %j is refused in Dutch, writing nothing', (number, label, message) => {
		const content = contentFixture();
		const result = publish(content, [number, '--label', label]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('content with an error is refused with the Dutch report of the check, writing nothing', () => {
		const content = contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' });
		const result = publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('a published version changed by hand blocks the next one until it is put back', () => {
		const content = contentFixture();
		expect(publish(content, ['0.1', '--label', 'Startversie']).status).toBe(0);
		const frozen = join(content, 'versions', '0.1', 'rules', 'respectvol-omgaan.mdx');
		writeFileSync(frozen, 'verbeterd\n');
		const result = publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toContain(`${shown(frozen)}: is gewijzigd nadat versie 0.1 is gepubliceerd`);
		expect(existsSync(join(content, 'versions', '0.2'))).toBe(false);
	});

	test.each([
		[[], 'Ontbreekt: het versienummer.'],
		[['0.6'], 'Ontbreekt: --label "<naam>".'],
		[['0.6', '--label'], '--label: na deze optie hoort een waarde.'],
		[['0.6', '--naam', 'x'], '--naam: deze optie bestaat niet.'],
		[['0.6', 'Eerste', 'versie'], 'Geef één versienummer, niet 3'],
	])('the command %j is refused with what is wrong and how to use it', (args, message) => {
		const result = publish(contentFixture(), args);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('Gebruik: npm run publiceer -- <nummer> --label "<naam>" [--proef]');
	});
});
