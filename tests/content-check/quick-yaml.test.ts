import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { carefulRead, parseEntrySource } from '../../src/lib/content/parse-entry-source.ts';

/**
 * The content check reads ordinary YAML with js-yaml (fast) and anything else with `yaml`'s
 * document (src/lib/content/parse-entry-source.ts). An author must never see the two differ: every
 * file of the handbook, and text where the two parsers read otherwise, gives the fields `yaml` reads.
 */
const projectRoot = join(import.meta.dirname, '..', '..');
const roots = ['content', 'tests/fixtures'].map((folder) => join(projectRoot, folder));

/** The fields as the careful reading gives them, or 'fout' where it finds a mistake. */
const carefully = (yamlText: string) => carefulRead(yamlText, 'x', 0, '', 0).source?.data ?? 'fout';
const quickly = (yamlText: string) => parseEntrySource(yamlText, 'yaml', 'x').source?.data ?? 'fout';
const frontmatterOf = (text: string) => /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$/m.exec(text.replace(/\r\n?/g, '\n'))?.[1] ?? '';

function contentFiles(): string[] {
	return roots.flatMap((root) =>
		readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(ya?ml|mdx)$/.test(file))
			.map((file) => join(root, file)),
	);
}

describe('the quick reading of YAML fields is the careful one', () => {
	test.each(contentFiles().map((file) => [relative(projectRoot, file), file]))('%s', (_, file) => {
		const text = readFileSync(file, 'utf8');
		const format = file.endsWith('.mdx') ? 'mdx' : 'yaml';
		expect(parseEntrySource(text, format, 'x').source?.data ?? 'fout').toEqual(carefully(format === 'mdx' ? frontmatterOf(text) : text));
	});

	// Text js-yaml's core schema reads otherwise than `yaml`'s (found by trying both), and text the careful reading refuses.
	const differently = ['a: 0b101', 'a: +.5', 'null: a', '~: a', '[a]: b', '? a\n: b', 'a: !!str 12', 'a: &x 1\nb: *x', '__proto__: a'];
	test.each(differently)('%j', (yamlText) => {
		expect(quickly(yamlText)).toEqual(carefully(yamlText));
	});

	// Generated from a fixed seed: scalars of characters that mean something in YAML, and lists and
	// groups at odd indentations. Wherever `yaml` reads fields, they are read; wherever it finds a mistake, so does the check.
	test('generated text: the same fields, or a mistake for both', () => {
		let state = 20261204;
		const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
		const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
		const atoms = ['0', '1', '7', '_', '.', '+', '-', 'e', 'x', 'o', 'b', 'f', ':', ' ', '#', "'", '"', ',', '[', ']', '{', '}', '&', '*', '!', '?', '|', '>', '~', 'null', 'true', 'no', 'inf', '%', '@', '`', '\\', '\t', '2026-01-02', 'T10:00', '\n', '\n  ', '\n- ', '<<'];
		const values = ['x', 'twee woorden', '1', '', '"q"', "'q'", '|', '>', 'a: b', '- y', '[a, b]', '{a: 1}', 'x # c'];
		const generated: string[] = [];
		for (let i = 0; i < 20_000; i++) {
			const scalar = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(atoms)).join('');
			generated.push(next() < 0.5 ? `a: ${scalar}\nb: x\n` : `a:\n  - ${scalar}\n`);
			const lines = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, line) => pick(['', ' ', '  ', '   ', '    ']) + pick(['- ', `k${line}: `, '', '- k: ', '-']) + pick(values));
			generated.push(`top:\n${lines.join('\n')}\n`);
		}
		const differ = generated.filter((yamlText) => JSON.stringify(quickly(yamlText)) !== JSON.stringify(carefully(yamlText)));
		expect(differ).toEqual([]);
	});

	test('an alias is refused, with its line, as before', () => {
		const { errors } = parseEntrySource('title: T\nsummary: &s Kort\nintro: *s\n', 'yaml', 'x.yaml');
		expect(errors).toEqual([{ file: 'x.yaml', line: 2, message: expect.stringContaining('verwijzing met & of *') }]);
	});

	test('a field read quickly is still found on its line, in the frontmatter of an MDX file', () => {
		const { source } = parseEntrySource('---\ntitle: T\ntags:\n  - een\n  - twee\n---\n\nTekst.\n', 'mdx', 'x.mdx');
		expect(source?.data).toEqual({ title: 'T', tags: ['een', 'twee'] });
		expect(source?.locate(['tags', 1])).toBe(5);
		expect(source?.locate(['missing'])).toBeUndefined();
	});

	test('a key twice gets the Dutch message and its line', () => {
		const { errors } = parseEntrySource('title: T\nsummary: a\nsummary: b\n', 'yaml', 'x.yaml');
		expect(errors).toEqual([{ file: 'x.yaml', line: 3, message: 'is geen geldige YAML: een veld staat twee keer in het bestand' }]);
	});
});
