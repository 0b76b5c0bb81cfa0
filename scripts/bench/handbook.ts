import { randomUUID } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { maxTitleLength } from '../../src/schemas/common.ts';
import { paths } from '../../src/lib/paths.ts';
import { publishVersion } from '../../src/lib/versions/publish.ts';
import { readPublishedVersions } from '../../src/lib/versions/published-versions.ts';

/**
 * A handbook of any size for the benchmark, made from the real content as it is shipped: a copy of
 * content/ with its published versions, whose working version's interpretations are repeated
 * round-robin until there are `count`, each copy with its own id and a title that tells it apart,
 * written by one of as many teams as WPI could have (`teamsPerShippedTeam`).
 */
export interface GeneratedHandbook {
	/** The content folder, as HANDBOOK_CONTENT takes it. */
	content: string;
	/** The ids of all interpretations. */
	ids: string[];
	/** Pages of this handbook that every size has: a rule with interpretations and one interpretation. */
	samplePages: { rule: string; interpretation: string };
}

const interpretationsFolder = 'interpretations';
const maxIdLength = 100;

/** The interpretation files of a content folder, as sorted paths relative to its interpretations folder (<parent>/<id>.mdx). */
export function interpretationFiles(content: string): string[] {
	const folder = join(content, interpretationsFolder);
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Splits an MDX file into its frontmatter (YAML) and its body. */
function splitMdx(text: string): { frontmatter: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error('Een interpretatie zonder gegevens bovenaan.');
	return { frontmatter: match[1]!, body: text.slice(match[0].length) };
}

/** Changes some fields of an MDX file, leaving the rest of its frontmatter and its body as they are. */
export function withFields(text: string, fields: Record<string, unknown>, body?: (body: string) => string): string {
	const split = splitMdx(text);
	const document = parseDocument(split.frontmatter);
	for (const [key, value] of Object.entries(fields)) document.set(key, value);
	return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body ? body(split.body) : split.body}`;
}

/**
 * How many numbered teams the copies of one team of the shipped content share out. WPI has almost
 * 2,400 employees (seeds: the cultuurprogramma); in teams and MT's of about ten (our assumption)
 * that is some 240, and the shipped content has 12 teams: 12 × 20. So a large handbook has as many
 * team pages as WPI could have, each listing many interpretations, not one team per interpretation.
 */
export const teamsPerShippedTeam = 20;

/** The n-th copy (n ≥ 1) of an interpretation: id and title get the number, so every copy is its own; the team is one of the team's numbered teams. */
function copyOf(text: string, id: string, n: number): { id: string; text: string } {
	const { frontmatter } = splitMdx(text);
	const data = parseDocument(frontmatter).toJS() as { title: string; team: string };
	const suffix = `-${n}`;
	const titleSuffix = ` (${n})`;
	return {
		id: `${id.slice(0, maxIdLength - suffix.length).replace(/-$/, '')}${suffix}`,
		text: withFields(text, { title: `${data.title.slice(0, maxTitleLength - titleSuffix.length).trimEnd()}${titleSuffix}`, team: `${data.team} ${((n - 1) % teamsPerShippedTeam) + 1}` }),
	};
}

/**
 * The working version's pages and interpretations of each generated handbook carry a YAML comment
 * of their own; what they show is unchanged. So no cache keyed by a file's text (Astro's content
 * store, the check's cache) takes them for the files of an earlier run: every run starts cold.
 */
export function stampPages(content: string, stamp = randomUUID()) {
	for (const folder of [join(content, 'docs'), join(content, interpretationsFolder)]) stampFolder(folder, stamp);
}

function stampFolder(folder: string, stamp: string) {
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const text = readFileSync(path, 'utf8').replace(/^(---\n)# npm run bench: .*\n/, '$1');
		writeFileSync(path, text.replace(/^---\n/, `---\n# npm run bench: ${stamp}\n`));
	}
}

/** Copies content/ with its published versions into `target` and makes exactly `count` interpretations in the working version. */
export function generateHandbook(source: string, target: string, count: number): GeneratedHandbook {
	cpSync(source, target, { recursive: true });
	const originals = interpretationFiles(target);
	if (originals.length === 0) throw new Error(`${source} heeft geen interpretaties om te vermenigvuldigen.`);
	const folder = join(target, interpretationsFolder);
	const ids: string[] = [];
	originals.forEach((file, index) => {
		if (index < count) ids.push(idOfFile(file));
		else rmSync(join(folder, file));
	});
	for (let index = originals.length; index < count; index++) {
		const file = originals[index % originals.length]!;
		const [parent] = file.split('/');
		const copy = copyOf(readFileSync(join(folder, file), 'utf8'), idOfFile(file), Math.floor(index / originals.length));
		writeFileSync(join(folder, parent!, `${copy.id}.mdx`), copy.text);
		ids.push(copy.id);
	}
	stampPages(target);
	return { content: target, ids, samplePages: samplePagesOf(target, originals.slice(0, Math.max(1, count))) };
}

const idOfFile = (file: string) => file.split('/').at(-1)!.replace(/\.mdx$/, '');

/** The rule with the most interpretations (its page lists them) and the first interpretation: pages every size has. */
function samplePagesOf(content: string, files: string[]): GeneratedHandbook['samplePages'] {
	const perParent = Map.groupBy(files, (file) => file.split('/')[0]!);
	const rules = readdirSync(join(content, 'rules'), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => ({ theme: file.split(sep)[0]!, rule: idOfFile(file.split(sep).at(-1)!) }))
		.filter(({ rule }) => perParent.has(rule));
	const rule = rules.reduce<(typeof rules)[number] | undefined>((most, candidate) => (!most || perParent.get(candidate.rule)!.length > perParent.get(most.rule)!.length ? candidate : most), undefined);
	if (!rule) throw new Error('Geen regel met interpretaties gevonden.');
	return { rule: paths.rule(rule.theme, rule.rule), interpretation: paths.interpretation(idOfFile(files[0]!)) };
}

const statusCycle: Record<string, string> = { voorstel: 'in-gesprek', 'in-gesprek': 'vastgesteld', vastgesteld: 'vervallen', vervallen: 'voorstel' };

/**
 * Changes a few interpretations as teams do between two versions: a step in status and a
 * sentence more in the agreed wording. Which ones depends on `round`, so each round changes others.
 */
export function changeSomeInterpretations(content: string, round: number, howMany = 5): string[] {
	const files = interpretationFiles(content);
	const chosen = new Set(Array.from({ length: Math.min(howMany, files.length) }, (_, index) => files[(round * 7 + index * 97) % files.length]!));
	const folder = join(content, interpretationsFolder);
	for (const file of chosen) {
		const text = readFileSync(join(folder, file), 'utf8');
		const status = String(parseDocument(splitMdx(text).frontmatter).get('status'));
		const next = withFields(text, { status: statusCycle[status] ?? 'in-gesprek' }, (body) => `${body.trimEnd()}\n\nDit hebben we in ronde ${round} aangescherpt.\n`);
		writeFileSync(join(folder, file), next);
	}
	return [...chosen].map(idOfFile);
}

/** One more change to the working version after the last version, as teams keep working: one interpretation reworded. */
export function changeWorkingVersion(content: string): string[] {
	return changeSomeInterpretations(content, 1_000, 1);
}

/** The number after `last` in the same series: 0.1 → 0.2; the first version is 0.1. */
export function nextVersionNumber(last: string | undefined): string {
	if (last === undefined) return '0.1';
	const [major, minor] = last.split('.').map(Number);
	return `${major}.${minor! + 1}`;
}

/**
 * Publishes `count` more versions of a content folder after the ones it has (0.1 → 0.2, 0.3, …)
 * with the project's own publish code, exactly as `npm run publiceer` does, changing a few
 * interpretations before each one and once more after the last, so the working version differs from it too.
 */
export function publishVersions(content: string, count: number, today: string): string[] {
	const numbers: string[] = [];
	let last = readPublishedVersions(content, { verify: false }).versions.at(-1)?.number;
	for (let version = 1; version <= count; version++) {
		if (version > 1 || last !== undefined) changeSomeInterpretations(content, version);
		const number = nextVersionNumber(last);
		last = number;
		const result = publishVersion({ contentRoot: content, number, label: `Proefversie ${number}`, dryRun: false, today, confirmed: true });
		if ('errors' in result) throw new Error(result.errors.join('\n'));
		numbers.push(number);
	}
	if (count > 0) changeSomeInterpretations(content, count + 1);
	return numbers;
}
