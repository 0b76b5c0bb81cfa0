import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

// The GitHub workflows install with `npm ci`: exactly what package-lock.json records, or nothing.
// A lockfile that lacks a package (a dependency added without `npm install`, another platform's
// binaries left out by an older npm) stops every check on the git host before it starts.
test('npm ci accepts package-lock.json as it is committed', () => {
	const folder = mkdtempSync(join(tmpdir(), 'handbook-lockfile-'));
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(projectRoot, file), join(folder, file));
	const result = spawnSync('npm', ['ci', '--dry-run', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, encoding: 'utf8' });
	const missing = result.stderr.split('\n').filter((line) => /Missing:|Invalid:|EUSAGE/.test(line));
	expect(missing, 'werk package-lock.json bij met npm install en commit het').toEqual([]);
	expect(result.status, result.stderr).toBe(0);
}, 60_000);
