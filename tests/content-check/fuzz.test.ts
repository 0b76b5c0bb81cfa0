import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content/error-map.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/**
 * Hostile and broken files, generated from a fixed seed so a failure can be replayed: the content
 * check must refuse each with a Dutch message naming the file, never crash, and still report the
 * other problems of the same run.
 */
const seed = 20261123;
function random(seedValue: number) {
	let state = seedValue >>> 0;
	return () => {
		// mulberry32: small, fast and good enough to vary test input.
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const next = random(seed);
const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
const bytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));

const valid = readFileSync(join(minimalContent, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'), 'utf8');
const frontmatterEnd = valid.indexOf('\n---', 4) + 4;

/** One generated file: where it goes under content/, and its bytes. */
type BadFile = [path: string, content: string | Buffer];

function generate(): BadFile[] {
	const files: BadFile[] = [];
	const add = (kind: string, content: string | Buffer, folder = 'interpretations', extension = '.mdx') =>
		files.push([`${folder}/fuzz-${kind}-${files.length}${extension}`, content]);

	for (let i = 0; i < 30; i++) add('random-bytes', bytes(1 + Math.floor(next() * 4000)));
	for (let i = 0; i < 20; i++) {
		const at = Math.floor(next() * valid.length);
		add('invalid-utf8', Buffer.concat([Buffer.from(valid.slice(0, at)), Buffer.from([pick([0xc3, 0xff, 0xfe, 0xe2, 0xf0]), pick([0x28, 0x00, 0xc0, 0x80])]), Buffer.from(valid.slice(at))]));
	}
	for (let i = 0; i < 10; i++) add('bom', `\uFEFF${valid.replace('status: vastgesteld', `status: ${pick(['klaar', 'af', 'ja'])}`)}`);
	for (let i = 0; i < 10; i++) {
		const at = Math.floor(next() * valid.length);
		add('nul', `${valid.slice(0, at)}\u0000${valid.slice(at)}`);
	}
	for (let i = 0; i < 10; i++) add('crlf', valid.replace('level: team', `level: ${pick(['groep', 'MT', '3'])}`).replace(/\n/g, '\r\n'));
	for (let i = 0; i < 40; i++) add('truncated', valid.slice(0, 3 + Math.floor(next() * (frontmatterEnd - 3))));
	for (let i = 0; i < 4; i++) {
		const depth = 2_000 + Math.floor(next() * 20_000);
		add('deep-list', `---\ntitle: T\ndo: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n\nTekst.\n`);
		add('deep-map', `---\ntitle: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n---\n\nTekst.\n`);
		add('deep-body', `${valid}\n${'> '.repeat(depth)}diep\n`);
	}
	for (let i = 0; i < 10; i++) {
		const levels = 3 + Math.floor(next() * 8);
		const lines = ['---', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let level = 1; level <= levels; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
		lines.push(`title: *a${levels}`, '---', '', 'Tekst.');
		add('alias-bomb', lines.join('\n'));
	}
	for (let i = 0; i < 10; i++) {
		const key = pick(['title', 'team', 'status', 'rule']);
		add('duplicate-key', valid.replace('---\n', `---\n${key}: eerste\n`));
	}
	add('five-megabytes', `${valid}\n${'Lange tekst. '.repeat(400_000)}`);
	add('just-over-limit', `${valid}\n${'x'.repeat(100 * 1024)}`);
	for (let i = 0; i < 5; i++) add('long-field', valid.replace('title: Zo letten we op onze toon', `title: ${'woord '.repeat(30 + Math.floor(next() * 3000))}`));
	for (let i = 0; i < 5; i++) add('long-list-item', valid.replace('do: [', `do: [${'Heel lang. '.repeat(250)}, `));
	for (const tag of ['!!js/function "function(){}"', '!!binary aGFsbG8=', '!!python/object:os.system ls', '!foo bar', '!!set {a, b}']) add('tag', valid.replace('status: vastgesteld', `status: ${tag}`));
	for (const top of ['- een\n- lijst', '42', '"alleen tekst"', 'null', '[]']) add('top-level', `---\n${top}\n---\n\nTekst.\n`);
	for (let i = 0; i < 20; i++) {
		const body = pick(['{', '<', '<!--', '</Voorbeeld>', 'import x from "y"', 'export default 1', '{1+1}', '<b>x</b>', '[x](javascript:alert(1))', '# Titel', '![x](y.png)', '<Voorbeeld titel={x}>y</Voorbeeld>']);
		add('body', `${valid.slice(0, frontmatterEnd)}\n\nTekst ${i}.\n\n${body}${pick(['', ' woord', 'naam', '\n'])}\n`);
	}
	for (let i = 0; i < 10; i++) add('frontmatter-only-dashes', pick(['---', '---\n---', '-- -\ntitle: T\n---', '---\ntitle: T\n--', '+++\ntitle = "T"\n+++']));
	for (const name of ['Met Spatie', 'HOOFDLETTERS', 'café-über', 'punt.in.naam', 'x'.repeat(200), '-begint-met-streep', 'eindigt-met-streep-', 'dubbel--streep', 'tab\tin', '_concept']) {
		files.push([`interpretations/${name}.mdx`, valid]);
	}
	for (const name of ['geen-extensie', 'kopie.mdx.bak', 'notities.txt', 'team.MDX', 'team.md', 'oud.yaml']) files.push([`interpretations/${name}`, valid]);
	for (let i = 0; i < 10; i++) {
		const folder = pick(['themes', 'rules', 'topics', 'agreements']);
		add(`other-${folder}`, pick([bytes(200), '---\nnumber: twee\n---\n', '---\n: :\n---\n', `---\nnumber: 1\ntitle: ${'&a x'}\n---\n`]), folder);
	}
	for (let i = 0; i < 6; i++) add('yaml-collection', pick([bytes(300), 'term: [', 'term: *x', '\u0000', 'summary: "open', 'term: T\nterm: U']), 'terms', '.yaml');
	return files;
}

const badFiles = generate();
// A mistake that has nothing to do with the generated files, which must still be reported.
const unrelated = { 'themes/omgaan-met-informatie.mdx': '---\nnumber: 2\n---\n' };
const content = () => {
	const root = contentFixture(unrelated);
	for (const [path, text] of badFiles) writeFileSync(join(root, path), text);
	return root;
};

/** Signs of a message that is not the check's own Dutch: the parser's English or a crash. */
const notDutch = /\b(Error|Unexpected|undefined|null|NaN|Cannot|expected|Invalid|at \S+ \(|\[object)/;

describe(`the content check on ${badFiles.length} hostile files (seed ${seed})`, () => {
	test('at least 200 files are generated', () => {
		expect(badFiles.length).toBeGreaterThanOrEqual(200);
	});

	test('refuses every file with a Dutch message naming it, and still reports the other problems', () => {
		const root = content();
		const files = readdirSync(join(root, 'interpretations'));
		expect(files.length).toBeGreaterThan(200);
		const { handbook, errors } = loadHandbook(root);
		expect(handbook).toBeUndefined();
		const byFile = Map.groupBy(errors, (error: ContentError) => error.file.split('/').slice(-2).join('/'));
		const unrefused = badFiles.map(([path]) => path).filter((path) => !byFile.has(path.split('/').slice(-2).join('/')));
		expect(unrefused).toEqual([]);
		expect(errors.filter((error) => notDutch.test(error.message))).toEqual([]);
		expect(byFile.get('themes/omgaan-met-informatie.mdx')?.map((error) => error.field)).toEqual(['title']);
	});

	test('npm run check exits with 1 and a Dutch report, without a stack trace', { timeout: 60_000 }, () => {
		const result = runScript('check-content.mjs', [], content());
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^De inhoud van het handboek bevat \d+ fouten:/);
		expect(result.stderr).not.toMatch(/\n\s+at \S/);
		expect(result.stdout).toBe('');
	});

	test('a valid file saved with a byte-order mark and Windows line ends is accepted', () => {
		const { errors } = loadHandbook(contentFixture({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': `\uFEFF${valid.replace(/\n/g, '\r\n')}` }));
		expect(errors).toEqual([]);
	});
});
