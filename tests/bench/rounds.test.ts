import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { editionCacheFolder, keepEdition } from '../../src/build/edition-cache.ts';
import { generateHandbook, interpretationFiles } from '../../scripts/bench/handbook.ts';
import { checkRepeated, prepareRound } from '../../scripts/bench/rounds.ts';
import { projectRoot } from '../helpers/astro.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/** Which content folder each `npm run check` of the benchmark was given, in order; the check itself runs. */
const checkedFolders = vi.hoisted(() => [] as string[]);
vi.mock('../../scripts/bench/builds.ts', async (original) => {
	const actual = await original<typeof import('../../scripts/bench/builds.ts')>();
	return {
		...actual,
		checkHandbook: (root: string, content: string, logFile: string) => {
			checkedFolders.push(content);
			return actual.checkHandbook(root, content, logFile);
		},
	};
});

function generate(count: number) {
	const root = mkdtempSync(join(tmpdir(), 'bench-rounds-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	const handbook = generateHandbook(shippedContent, join(root, 'content'), count);
	onTestFinished(() => rmSync(editionCacheFolder(projectRoot, handbook.content), { recursive: true, force: true }));
	return { root, handbook };
}

/** An edition kept by a build before, as scripts/build.ts keeps one. */
function keepAnEdition(root: string, content: string): string {
	const built = join(root, 'built');
	mkdirSync(built, { recursive: true });
	writeFileSync(join(built, 'index.html'), '<p>0.1</p>');
	return keepEdition(editionCacheFolder(projectRoot, content), 'bench-rounds-key', built);
}

const textsOf = (content: string) => new Map(interpretationFiles(content).map((file) => [file, readFileSync(join(content, 'interpretations', file), 'utf8')]));

describe('each round of a build the benchmark repeats', () => {
	test('a cold build starts without any edition a build before kept, as on a git host that saved no cache', () => {
		const { root, handbook } = generate(10);
		const kept = keepAnEdition(root, handbook.content);
		const before = textsOf(handbook.content);
		prepareRound(projectRoot, handbook.content, { cold: true });
		expect(existsSync(kept)).toBe(false);
		expect(textsOf(handbook.content)).toEqual(before);
	});

	test('every warm build, the first too, starts after a change of its own to the working version, with the kept editions', () => {
		const { root, handbook } = generate(10);
		const kept = keepAnEdition(root, handbook.content);
		const before = textsOf(handbook.content);
		prepareRound(projectRoot, handbook.content, { cold: false });
		const first = textsOf(handbook.content);
		expect([...first].filter(([file, text]) => before.get(file) !== text)).toHaveLength(1);
		prepareRound(projectRoot, handbook.content, { cold: false });
		const second = textsOf(handbook.content);
		expect([...second].filter(([file, text]) => first.get(file) !== text)).toHaveLength(1);
		expect(existsSync(kept)).toBe(true);
	});
});

describe('npm run check, repeated', () => {
	test('takes the median of each, every round after the first on a copy of the handbook no check has seen, and leaves no copy behind', async () => {
		const { root, handbook } = generate(10);
		const folder = join(root, 'measure');
		mkdirSync(folder);
		checkedFolders.length = 0;
		const times = await checkRepeated(projectRoot, handbook.content, folder, 3);
		expect(times.coldRuns).toHaveLength(3);
		expect(times.unchangedRuns).toHaveLength(3);
		expect(times.coldSeconds).toBe([...times.coldRuns].sort((a, b) => a - b)[1]);
		expect(times.unchangedSeconds).toBe([...times.unchangedRuns].sort((a, b) => a - b)[1]);
		// First and again on the same folder; each round on a folder no round before used.
		expect(checkedFolders).toHaveLength(6);
		const rounds = [0, 2, 4].map((index) => checkedFolders[index]!);
		expect(rounds[0]).toBe(handbook.content);
		expect(new Set(rounds).size).toBe(3);
		[0, 2, 4].forEach((index) => expect(checkedFolders[index + 1]).toBe(checkedFolders[index]));
		expect(readdirSync(folder).filter((name) => !name.endsWith('.log'))).toEqual([]);
	}, 120_000);
});
