import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, onTestFinished, test } from 'vitest';
import { generateHandbook, interpretationFiles, nextVersionNumber, publishVersions, teamsPerShippedTeam } from '../../scripts/bench/handbook.ts';
import { today } from '../../src/lib/today.ts';
import { teamPrefixes } from '../../src/schemas/interpretation.ts';
import { shippedContent } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

function generate(count: number) {
	const root = mkdtempSync(join(tmpdir(), 'bench-handbook-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	return generateHandbook(shippedContent, join(root, 'content'), count);
}

const fieldsOf = (content: string, file: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(content, 'interpretations', file), 'utf8'))![1]!) as { title: string; team: string };

describe('a generated handbook for the benchmark', () => {
	test('has exactly the asked number of interpretations, each with its own id and title, by more teams than the real handbook has, and npm run check accepts it', () => {
		const originals = interpretationFiles(shippedContent);
		const handbook = generate(30);
		const files = interpretationFiles(handbook.content);
		expect(files).toHaveLength(30);
		expect(new Set(handbook.ids).size).toBe(30);
		expect(files.map((file) => file.split('/').at(-1)!.replace(/\.mdx$/, '')).sort()).toEqual([...handbook.ids].sort());
		const fields = files.map((file) => fieldsOf(handbook.content, file));
		expect(new Set(fields.map((field) => field.title)).size).toBe(30);
		expect(new Set(fields.map((field) => field.team)).size).toBeGreaterThan(new Set(originals.map((file) => fieldsOf(shippedContent, file).team)).size);
		expect(fields.every((field) => teamPrefixes.some((prefix) => field.team.startsWith(`${prefix} `)))).toBe(true);
		// The published version of the real handbook comes along, unchanged.
		expect(readFileSync(join(handbook.content, 'versions', '0.1', 'version.yaml'), 'utf8')).toBe(readFileSync(join(shippedContent, 'versions', '0.1', 'version.yaml'), 'utf8'));

		const check = runScript('check-content.mjs', [], handbook.content);
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
		expect(check.stdout).toContain('30 afspraken van teams en MT’s');
		expect(check.stdout).toContain('1 gepubliceerde versie');
	});

	test('gives its pages and interpretations a text of their own, so no cache keyed by a file’s text takes them for those of another run, and they mean the same', () => {
		const [first, second] = [generate(12), generate(12)];
		const [interpretation] = interpretationFiles(shippedContent);
		for (const file of [join('docs', 'index.mdx'), join('interpretations', interpretation!)]) {
			const page = (content: string) => readFileSync(join(content, file), 'utf8');
			expect(page(first.content)).not.toBe(page(shippedContent));
			expect(page(first.content)).not.toBe(page(second.content));
			const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
			expect(frontmatter(page(first.content))).toEqual(frontmatter(page(shippedContent)));
			expect(page(first.content).split('\n---\n')[1]).toBe(page(shippedContent).split('\n---\n')[1]);
		}
	});

	test('shares its interpretations out over as many teams as WPI could have, not one team per interpretation', () => {
		const teamsOf = (content: string) => new Set(interpretationFiles(content).map((file) => fieldsOf(content, file).team));
		const shippedTeams = teamsOf(shippedContent).size;
		const handbook = generate(1_000);
		const teams = teamsOf(handbook.content);
		expect(teams.size).toBe(shippedTeams * (teamsPerShippedTeam + 1));
		expect(teams.size).toBeLessThan(300);
	});

	test('with fewer interpretations than the real handbook keeps only that many', () => {
		const handbook = generate(4);
		expect(interpretationFiles(handbook.content)).toHaveLength(4);
		expect(handbook.ids).toHaveLength(4);
		expect(handbook.samplePages.interpretation).toBe(`/interpretaties/${handbook.ids[0]}/`);
	});

	test('names pages that exist: a rule that has interpretations and the first interpretation', () => {
		const handbook = generate(30);
		const [, , theme, rule] = handbook.samplePages.rule.split('/');
		expect(existsSync(join(handbook.content, 'rules', theme!, `${rule}.mdx`))).toBe(true);
		expect(existsSync(join(handbook.content, 'interpretations', rule!))).toBe(true);
		expect(handbook.ids.map((id) => `/interpretaties/${id}/`)).toContain(handbook.samplePages.interpretation);
	});

	test('publishes more versions after the shipped one with the real publish code, changing a few interpretations in between, and stays valid', () => {
		const handbook = generate(20);
		expect(publishVersions(handbook.content, 2, today())).toEqual(['0.2', '0.3']);
		const manifest = parse(readFileSync(join(handbook.content, 'versions', '0.3', 'version.yaml'), 'utf8')) as { previous: string; files: Record<string, string> };
		expect(manifest.previous).toBe('0.2');
		const frozen = (version: string, file: string) => readFileSync(join(handbook.content, 'versions', version, 'interpretations', file), 'utf8');
		const files = interpretationFiles(handbook.content);
		const changed = (from: string, to: (file: string) => string) => files.filter((file) => frozen(from, file) !== to(file)).length;
		expect(changed('0.2', (file) => frozen('0.3', file))).toBeGreaterThan(0);
		expect(changed('0.3', (file) => readFileSync(join(handbook.content, 'interpretations', file), 'utf8'))).toBeGreaterThan(0);
		expect(changed('0.2', (file) => frozen('0.3', file))).toBeLessThanOrEqual(5);

		const check = runScript('check-content.mjs', [], handbook.content);
		expect(check.stderr).toBe('');
		expect(check.stdout).toContain('3 gepubliceerde versies');
	});

	test('numbers a next version after the last', () => {
		expect(nextVersionNumber(undefined)).toBe('0.1');
		expect(nextVersionNumber('0.1')).toBe('0.2');
		expect(nextVersionNumber('0.9')).toBe('0.10');
		expect(nextVersionNumber('1.2')).toBe('1.3');
	});
});
