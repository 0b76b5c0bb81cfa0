import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { versionLabel, versionManifestSchema, versionNumber, type VersionManifest } from '../../schemas/version.ts';
import { countOf } from '../count-of.ts';
import { checkAllContent } from '../content/check-all-content.ts';
import { displayPath } from '../content/content-files.ts';
import { dutchErrorMap, formatErrorReport } from '../content/error-map.ts';
import { checksumsOf, frozenFilesOf, manifestFile, sha256Of } from './frozen-files.ts';
import { versionsDirectory, type PublishedVersion } from './published-versions.ts';
import { compareVersionNumbers } from './version-number.ts';

/**
 * What `npm run publiceer` does; scripts/publish.ts only reads the command line and prints.
 * Publishing freezes a byte copy of the content into content/versions/<number>/ with a manifest
 * of checksums, or refuses and writes nothing.
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

/** Either the Dutch lines that say what was (or would be) published, or the Dutch reasons it was not. */
export type PublishResult = { manifest: VersionManifest; lines: string[] } | { errors: string[] };

export function publishVersion({ contentRoot, number, label, dryRun, today }: PublishRequest): PublishResult {
	// The same check as npm run check: the werkversie and the published versions alike.
	const checked = checkAllContent(contentRoot);
	const last = checked.versions.at(-1);
	const problems = [
		...optionProblems('het versienummer', versionNumber, number),
		...optionProblems('--label', versionLabel, label),
		...numberProblems(contentRoot, number, last),
	];
	const errors = problems.map((problem) => `  - ${problem}`);
	if (checked.errors.length > 0) errors.push(formatErrorReport(checked.errors));
	if (errors.length > 0) return { errors: [`Versie ${number} is niet gepubliceerd; er is niets geschreven:`, ...errors] };

	const folder = join(contentRoot, versionsDirectory, number);
	const manifest: VersionManifest = {
		number,
		label: label.trim(),
		date: today,
		...(last ? { previous: last.number } : {}),
		files: dryRun ? checksumsOf(contentRoot) : {},
	};
	if (!dryRun) manifest.files = freeze(contentRoot, folder, manifest);
	return { manifest, lines: report(manifest, folder, last, dryRun) };
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

/** The manifest as YAML, fields in the order a reader expects; the number stays quoted text. */
export function manifestText(manifest: VersionManifest): string {
	const { number, label, date, previous, files } = manifest;
	const ordered = { number, label, date, ...(previous ? { previous } : {}), files };
	return `# Versie ${number} van het handboek, gepubliceerd met npm run publiceer. Verander niets in deze map.\n${stringify(ordered, { lineWidth: 0 })}`;
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
		? (({ added, changed, removed }) => `Ten opzichte van versie ${last.number}: ${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd.`)(compareFiles(last.files, files))
		: 'Dit is de eerste versie.';
	if (dryRun) {
		return [
			'Proef: er is niets geschreven.',
			`Versie ${number} "${label}" zou worden gepubliceerd met datum ${date}: ${count} bevroren in ${where}.`,
			comparison,
			'Publiceer echt door dezelfde opdracht te geven zonder --proef.',
		];
	}
	return [
		`Versie ${number} "${label}" is gepubliceerd met datum ${date}: ${count} bevroren in ${where}.`,
		comparison,
		`Controleer met npm run check, zet ${where} in een commit en open een pull request. Verander niets in die map: wijzigingen horen in de werkversie.`,
	];
}
