// Says in Dutch what a pull request proposes: each interpretation it adds or changes against the
// base branch, with its rule or work agreement, team, level, status and wording as readers will see
// it. In GitHub Actions it also goes to the job's summary page ($GITHUB_STEP_SUMMARY).
// Usage: npm run samenvatting -- --basis origin/main
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkEntry } from '../src/lib/content/check-entry.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { idOf, listCollectionFiles } from '../src/lib/content/content-files.ts';
import { pullRequestSummary, type ChangedInterpretation } from '../src/lib/proposal/pull-request-summary.ts';
import { collections } from '../src/schemas/collections.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

const usage = [
	'Gebruik: npm run samenvatting -- --basis <branch of commit>',
	'  --basis …   waar de pull request in moet komen, zoals origin/main (dat is ook de standaard)',
].join('\n');

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let options: { basis?: string; help?: boolean };
try {
	({ values: options } = parseArgs({ args: process.argv.slice(2), strict: true, options: { basis: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch {
	fail(`De opdracht klopt niet.\n\n${usage}`);
}
if (options.help) {
	console.log(usage);
	process.exit(0);
}
const basis = options.basis ?? 'origin/main';

function git(args: string[]): string | undefined {
	const result = spawnSync('git', args, { cwd: contentRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
}

const top = git(['rev-parse', '--show-toplevel'])?.trim();
if (!top) fail(`${contentRoot} staat niet in een git-repository; de samenvatting vergelijkt met git wat een pull request verandert.`);
// What the pull request proposes is what it adds to the point where it left the base branch.
const start = git(['merge-base', basis, 'HEAD'])?.trim();
if (!start) fail(`git kent "${basis}" niet, of die heeft niets gemeen met deze branch. Haal hem eerst op (bijvoorbeeld git fetch origin main) of noem een andere met --basis.\n\n${usage}`);

// name-status with -z: a letter, then the path, each ended by NUL; paths from the repository root.
const fields = git(['diff', '--name-status', '-z', '--no-renames', start, 'HEAD', '--', '.'])!.split('\0').filter(Boolean);
const changed = Array.from({ length: fields.length / 2 }, (_, index) => ({ status: fields[2 * index]!, file: fields[2 * index + 1]! }));

const toRepository = (path: string) => relative(top, path).split(sep).join('/');
const interpretationsFolder = `${toRepository(join(contentRoot, collections.interpretations.directory))}/`;
const versionOf = (commit: string, file: string) => git(['show', `${commit}:${file}`]);

const interpretations: ChangedInterpretation[] = changed
	.filter(({ file }) => file.startsWith(interpretationsFolder))
	.map(({ status, file }) => ({ file, text: status === 'D' ? undefined : versionOf('HEAD', file), before: status === 'A' ? undefined : versionOf(start, file) }));
const otherFiles = changed.map(({ file }) => file).filter((file) => !file.startsWith(interpretationsFolder));

/** A rule's or work agreement's title as its file in the working tree says, valid or not. */
function titleOf(target: 'rule' | 'agreement', id: string): string | undefined {
	const name = target === 'rule' ? 'rules' : 'agreements';
	const folder = join(contentRoot, collections[name].directory);
	const path = listCollectionFiles(folder).find((candidate) => idOf(candidate) === id);
	if (!path) return undefined;
	const { written } = checkEntry(name, readFileSync(join(folder, path), 'utf8'), path, { checkBody: false });
	return typeof written?.title === 'string' ? written.title : undefined;
}

const summary = pullRequestSummary({ interpretations, otherFiles, titleOf });
console.log(summary);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
