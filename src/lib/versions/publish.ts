import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { versionLabel, versionManifestSchema, versionNumber, type VersionManifest } from '../../schemas/version.ts';
import { countOf } from '../count-of.ts';
import { checkAllContent } from '../content/check-all-content.ts';
import { checkFile } from '../content/check-file.ts';
import { displayPath } from '../content/content-files.ts';
import { dutchErrorMap, formatErrorReport } from '../content/error-map.ts';
import { readCollection } from '../content/load-handbook.ts';
import { checksumsOf, frozenFilesOf, manifestFile, sealOf, sha256Of } from './frozen-files.ts';
import { gitStateOf, type GitState } from './git-state.ts';
import { frozenErrorsHint, versionsDirectory, type PublishedVersion } from './published-versions.ts';
import { readerReport } from './publish-report.ts';
import { statusDateWarnings } from './status-date-warnings.ts';
import { compareVersionNumbers, numberQuestion } from './version-number.ts';

/**
 * What `npm run publiceer` does; scripts/publish.ts only reads the command line, asks and prints.
 * Publishing freezes a byte copy of the content into content/versions/<number>/ with a manifest
 * of checksums, or refuses and writes nothing. It is planned first (every check, every question)
 * and written only after every question is answered yes.
 */
export interface PublishRequest {
	/** The content folder: content/, or a copy in a test. */
	contentRoot: string;
	number: string;
	label: string;
	/** --proef: say what would be published, write nothing. */
	dryRun: boolean;
	/** The publish day, YYYY-MM-DD (src/lib/today.ts). */
	today: string;
}

/** A publication checked and ready to write, with what must be asked first. */
export interface PublishPlan {
	request: PublishRequest;
	folder: string;
	/** The newest published version, which this one follows. */
	last?: PublishedVersion;
	/** The manifest to write, without its seal; `files` are the checksums of the content now. */
	manifest: VersionManifest;
	/** What the lead must answer yes to before anything is written (--bevestig answers all). */
	questions: string[];
	/** What the lead should know, needing no answer. */
	notes: string[];
	/** What readers will see change, and the coverage before and after, in Dutch lines. */
	report: string[];
	git: GitState;
}

/** Either the Dutch lines that say what was (or would be) published, or the Dutch reasons it was not. */
export type PublishResult = { manifest: VersionManifest; lines: string[] } | { errors: string[] };

const refused = (number: string, reasons: string[]) => ({ errors: [`Versie ${number} is niet gepubliceerd; er is niets geschreven:`, ...reasons] });

/** Every check, and every question, before anything is written. */
export function planVersion(request: PublishRequest): PublishPlan | { errors: string[] } {
	const { contentRoot, number, label, today } = request;
	// The same check as npm run check: the werkversie and the published versions alike, their references too.
	const checked = checkAllContent(contentRoot, contentRoot, { frozenReferences: true, check: checkFile });
	const last = checked.versions.at(-1);
	const git = gitStateOf(contentRoot);
	const problems = [
		...optionProblems('het versienummer', versionNumber, number),
		...optionProblems('--label', versionLabel, label),
		...numberProblems(contentRoot, number, last),
		...(last && today < last.date ? [`de datum van vandaag, ${today}, ligt vóór die van versie ${last.number} (${last.date}); een nieuwe versie kan niet eerder zijn dan de vorige. Klopt de klok van deze computer?`] : []),
		...uncommittedProblem(git),
	];
	const errors = problems.map((problem) => `  - ${problem}`);
	if (checked.errors.length > 0) errors.push(formatErrorReport(checked.errors), ...[frozenErrorsHint(checked.errors, contentRoot) ?? []].flat());
	if (errors.length > 0) return refused(number, errors);

	const files = checksumsOf(contentRoot);
	const { lines: report, unchanged } = readerReport(contentRoot, last);
	const questions = [
		...[numberQuestion(number, last?.number) ?? []].flat(),
		...(git.repository && git.behind > 0
			? [`Je branch loopt ${countOf(git.behind, 'commit', 'commits')} achter op ${git.upstream} (volgens de laatste git fetch of git pull). Wat daar al is samengevoegd, zou dan niet in versie ${number} staan. Haal het eerst binnen met git pull. Toch publiceren?`]
			: []),
		...(last && unchanged ? [unchangedQuestion(last, files)] : []),
	];
	const notes = [
		...(git.repository ? [] : ['Let op: deze map staat niet in een git-repository, dus niet na te gaan of alles is vastgelegd.']),
		...(last ? statusDateWarnings(readCollection('interpretations', contentRoot, { checkBody: false }).entries, readCollection('interpretations', last.folder, { checkBody: false }).entries, last.number).map((warning) => `Let op: ${warning}`) : []),
	];
	const manifest: VersionManifest = {
		number,
		label: label.trim(),
		date: today,
		...(last ? { previous: last.number } : {}),
		...(last?.manifestSha256 ? { previousManifest: last.manifestSha256 } : {}),
		files,
	};
	return { request, folder: join(contentRoot, versionsDirectory, number), ...(last ? { last } : {}), manifest, questions, notes, report, git };
}

function unchangedQuestion(last: PublishedVersion, files: Record<string, string>): string {
	const { added, changed, removed } = compareFiles(last.files, files);
	const same = added + changed + removed === 0;
	return `${same ? `Er is niets veranderd sinds versie ${last.number}: elk bestand is hetzelfde.` : `Sinds versie ${last.number} is niets veranderd dat lezers zien (${countOf(added + changed + removed, 'bestand verschilt', 'bestanden verschillen')} alleen in opmaak, witruimte of velden die de pagina’s niet tonen).`} Een versie zonder wijziging zegt lezers niets nieuws. Toch publiceren?`;
}

/**
 * Plans and, unless it is a dry run, writes. `confirmed` answers yes to every question (what
 * --bevestig does); without it a question refuses, naming it. The script asks the questions itself
 * when it has a terminal, and calls writeVersion.
 */
export function publishVersion(request: PublishRequest & { confirmed?: boolean }): PublishResult {
	const plan = planVersion(request);
	if ('errors' in plan) return plan;
	if (plan.questions.length > 0 && !request.confirmed && !request.dryRun) return refused(request.number, unansweredQuestions(plan));
	return writeVersion(plan);
}

/** The questions as a refusal: where no one can answer, only --bevestig says yes. */
export function unansweredQuestions(plan: PublishPlan): string[] {
	return [...plan.questions.map((question) => `  - ${question}`), `Weet je het zeker? Geef dan dezelfde opdracht met --bevestig erbij; die beantwoordt ${plan.questions.length === 1 ? 'deze vraag' : 'deze vragen'} met ja.`];
}

/** Writes the planned version (nothing on a dry run) and says what was done. */
export function writeVersion(plan: PublishPlan): { manifest: VersionManifest; lines: string[] } {
	const { request, folder, last } = plan;
	const manifest = request.dryRun ? plan.manifest : { ...plan.manifest, files: freeze(request.contentRoot, folder, plan.manifest) };
	return { manifest, lines: report(manifest, folder, last, request.dryRun) };
}

/** The Dutch messages of a schema for one value from the command line, each prefixed with what it is about. */
function optionProblems(what: string, schema: z.ZodType, value: string): string[] {
	const result = schema.safeParse(value, { error: dutchErrorMap, reportInput: true });
	return result.success ? [] : result.error.issues.map((issue) => `${what}: ${issue.message}`);
}

function numberProblems(contentRoot: string, number: string, last: PublishedVersion | undefined): string[] {
	if (!versionNumber.safeParse(number).success) return [];
	const folder = join(contentRoot, versionsDirectory, number);
	if (existsSync(folder)) return [`versie ${number} bestaat al (${displayPath(folder)}/); een gepubliceerde versie verandert nooit. Kies een hoger nummer`];
	if (last && compareVersionNumbers(number, last.number) <= 0) {
		return [`het versienummer ${number} is niet hoger dan de laatste versie, ${last.number}; kies een hoger nummer`];
	}
	return [];
}

const kindLabels = { nieuw: 'nieuw, nog niet in git', gewijzigd: 'gewijzigd', verwijderd: 'verwijderd', genegeerd: 'genegeerd door .gitignore' } as const;

/**
 * A version freezes what is on disk, but the pull request carries only what is committed: anything
 * in content/ that git does not have as it is would be in the version and not in the werkversie on
 * the main branch. So publishing waits until content/ is exactly what git has.
 */
function uncommittedProblem(git: GitState): string[] {
	if (!git.repository || git.uncommitted.length === 0) return [];
	const listed = git.uncommitted.map(({ file, kind }) => `      ${kindLabels[kind]}: ${file}`);
	return [
		[
			`in de inhoud ${git.uncommitted.length === 1 ? 'staat 1 wijziging' : `staan ${git.uncommitted.length} wijzigingen`} die nog niet in git ${git.uncommitted.length === 1 ? 'is' : 'zijn'} vastgelegd. Een versie bevriest wat er op schijf staat; dit zou erin komen zonder dat het in de werkversie staat:`,
			...listed,
			'    Leg het eerst vast (git add, git commit, en een pull request naar de werkversie), of zet het terug (git restore <bestand>; een nieuw bestand verwijder je), en publiceer dan opnieuw.',
		].join('\n'),
	];
}

/**
 * Copies every frozen file and writes the manifest into a hidden folder beside the final one, then
 * renames it into place: the version appears whole or not at all. Each file is read once, and its
 * checksum is taken from the very bytes written.
 */
function freeze(contentRoot: string, folder: string, manifest: VersionManifest): Record<string, string> {
	const versionsRoot = dirname(folder);
	const createdVersionsRoot = !existsSync(versionsRoot);
	mkdirSync(versionsRoot, { recursive: true });
	// Not mkdtemp: its folder is readable by its owner only, and the version must be readable as any other content.
	const temporary = join(versionsRoot, `.publiceren-${manifest.number}-${process.pid}-${Date.now()}`);
	mkdirSync(temporary);
	try {
		const files: Record<string, string> = {};
		for (const path of frozenFilesOf(contentRoot)) {
			const bytes = readFileSync(join(contentRoot, path));
			const target = join(temporary, path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, bytes);
			files[path] = sha256Of(bytes);
		}
		const complete = versionManifestSchema.parse({ ...manifest, files });
		writeFileSync(join(temporary, manifestFile), manifestText(complete));
		renameSync(temporary, folder);
		return files;
	} catch (error) {
		rmSync(temporary, { recursive: true, force: true });
		if (createdVersionsRoot) rmdirSync(versionsRoot);
		throw error;
	}
}

/**
 * The manifest as YAML, fields in the order a reader expects, the number quoted text, sealed on
 * its last line with the checksum of everything above it (see frozen-files.ts).
 */
export function manifestText(manifest: VersionManifest): string {
	const { number, label, date, previous, previousManifest, files } = manifest;
	const ordered = { number, label, date, ...(previous ? { previous } : {}), ...(previousManifest ? { previousManifest } : {}), files };
	const text = `# Versie ${number} van het handboek, gepubliceerd met npm run publiceer. Verander niets in deze map.\n${stringify(ordered, { lineWidth: 0 })}`;
	return `${text}seal: ${sealOf(text)}\n`;
}

/** What changed since the previous version, by checksum. */
export function compareFiles(previous: Record<string, string>, current: Record<string, string>): { added: number; changed: number; removed: number } {
	const added = Object.keys(current).filter((path) => !(path in previous)).length;
	const changed = Object.keys(current).filter((path) => path in previous && previous[path] !== current[path]).length;
	const removed = Object.keys(previous).filter((path) => !(path in current)).length;
	return { added, changed, removed };
}

function report(manifest: VersionManifest, folder: string, last: PublishedVersion | undefined, dryRun: boolean): string[] {
	const { number, label, date, files } = manifest;
	const count = countOf(Object.keys(files).length, 'bestand', 'bestanden');
	const where = `${displayPath(folder)}/`;
	const comparison = last
		? (({ added, changed, removed }) => `Bestanden ten opzichte van versie ${last.number}: ${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd.`)(compareFiles(last.files, files))
		: 'Dit is de eerste versie.';
	if (dryRun) {
		return ['Proef: er is niets geschreven.', `Versie ${number} "${label}" zou worden gepubliceerd met datum ${date}: ${count} bevroren in ${where}.`, comparison];
	}
	return [`Versie ${number} "${label}" is gepubliceerd met datum ${date}: ${count} bevroren in ${where}.`, comparison];
}
