import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatErrorReport } from '../../src/lib/content/error-map.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture, shippedContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';
import { projectRoot } from '../helpers/astro.ts';

/**
 * With thousands of interpretations `npm run check` spreads the work over the cores. An author
 * must get exactly the report a check of one file after another gives: the same files, lines,
 * fields and words.
 */
function manyInterpretations(count: number): string {
	const content = shippedContentFixture();
	const folder = join(content, 'interpretations', 'niet-pesten');
	const [template] = readdirSync(folder);
	const text = readFileSync(join(folder, template!), 'utf8');
	for (let index = 0; index < count; index++) writeFileSync(join(folder, `team-kopie-${index}.mdx`), text);
	return content;
}

/** The report as the script writes it: it runs in the project root (runScript), and names files from there; this process may run elsewhere. */
const reportFromProjectRoot = (content: string) =>
	formatErrorReport(loadHandbook(content).errors).trim().replaceAll(relative(process.cwd(), content), relative(projectRoot, content));

// Each test writes and checks 1,000 files, a few seconds on a busy machine.
describe('npm run check with many files', { timeout: 120_000 }, () => {
	test('a handbook of 1,000 interpretations is in order', () => {
		const result = runScript('check-content.mjs', [], manyInterpretations(1000));
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^De inhoud is in orde: \d+ regels, \d+ werkafspraken, 10\d\d afspraken van teams en MT’s/);
	});

	test('mistakes anywhere among them are reported as a check one by one reports them, with their lines', () => {
		const content = manyInterpretations(1000);
		const folder = join(content, 'interpretations', 'niet-pesten');
		const replace = (file: string, from: string, to: string) => writeFileSync(join(folder, file), readFileSync(join(folder, file), 'utf8').replace(from, to));
		// Early, in the middle and late in the list: each share of the work gets one.
		replace('team-kopie-3.mdx', 'rule: niet-pesten', 'rule: bestaat-niet');
		replace('team-kopie-500.mdx', 'level: ', 'level: wereld-');
		writeFileSync(join(folder, 'team-kopie-998.mdx'), `${readFileSync(join(folder, 'team-kopie-998.mdx'), 'utf8')}\n<script>alert(1)</script>\n`);

		const result = runScript('check-content.mjs', [], content);
		const oneByOne = loadHandbook(content).errors;
		expect(oneByOne.map((error) => error.file.split('/').at(-1)).sort()).toEqual(['team-kopie-3.mdx', 'team-kopie-500.mdx', 'team-kopie-998.mdx']);
		expect(oneByOne.find((error) => error.file.endsWith('team-kopie-3.mdx'))?.line).toBeGreaterThan(1);
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(reportFromProjectRoot(content));
	});

	test('a small handbook is checked on one thread, with the same report', () => {
		const content = contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' });
		expect(runScript('check-content.mjs', [], content).stderr.trim()).toBe(reportFromProjectRoot(content));
	});
});
