import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from './astro.ts';
import { oneBuildAtATime } from './build-lock.ts';
import { shippedContent } from './content-fixture.ts';

/**
 * Builds the real handbook (or, with `from`, another content folder such as the minimal test
 * handbook, `minimalContent`) with a changed copy of its content folder (and any further settings
 * in `env`, such as HANDBOOK_BASE_PATH), into a folder of its own, for tests that compare the site
 * built two ways. Returns where the site was built and what the build printed; the caller removes
 * it with `remove()`. Such builds take turns (build-lock.ts). The minimal handbook builds in about
 * a third of the time: one edition of a few pages.
 */
export function buildVariant(change: (contentFolder: string) => void, env: Record<string, string> = {}, from = shippedContent): { outDir: string; content: string; output: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'handbook-variant-'));
	const content = join(root, 'content');
	cpSync(from, content, { recursive: true });
	change(content);
	const outDir = join(root, 'dist');
	const result = oneBuildAtATime(() => runBuild(['--outDir', outDir], { ...env, HANDBOOK_CONTENT: content }));
	if (result.status !== 0) throw new Error(`De variant kon niet worden gebouwd:\n${result.stdout}\n${result.stderr}`);
	return { outDir, content, output: `${result.stdout}\n${result.stderr}`, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Changes one line of a YAML file in a content folder, e.g. a setting in organisation.yaml. */
export function setYamlLine(file: string, key: string, value: string) {
	const text = readFileSync(file, 'utf8');
	const line = new RegExp(`^${key}:.*$`, 'm');
	writeFileSync(file, line.test(text) ? text.replace(line, `${key}: ${value}`) : `${text.trimEnd()}\n${key}: ${value}\n`);
}
