import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';
import { isoDate } from './common.ts';

/** Two whole numbers with a dot between, without leading zeros: 0.1, 0.6, 0.10, 1.0. */
export const versionNumberPattern = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

export const versionNumber = z.string().regex(versionNumberPattern, {
	error: (issue) => `verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen, gevonden: ${describeValue(issue.input)}`,
});

export const maxVersionLabelLength = 60;

/**
 * The short name a version is known by, such as "50-70%-versie" or "Versie voor Platform I&D".
 * Pages and the feed show it as plain text, escaped where it goes into HTML or XML; `<` and `>`
 * are still refused, because a label that looks like markup is a mistake in any case.
 */
export const versionLabel = z
	.string()
	.trim()
	.min(1, { error: 'is leeg; verwacht een korte naam voor de versie, zoals 50-70%-versie' })
	.max(maxVersionLabelLength, { error: `is te lang; verwacht hoogstens ${maxVersionLabelLength} tekens` })
	.regex(/^[^\n\r]*$/, { error: 'loopt over meer regels; verwacht een naam op één regel' })
	.regex(/^[^<>]*$/, { error: (issue) => `mag geen < of > bevatten (de naam is gewone tekst, geen HTML), gevonden: ${describeValue(issue.input)}` });

/** A path inside a version folder: '/' between parts, never absolute, never climbing out with `..`. */
const frozenPath = z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\\0]+$/, {
	error: (issue) => `verwacht een pad binnen de map van de versie, zoals rules/thema/regel.mdx, gevonden: ${describeValue(issue.input)}`,
});

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, {
	error: (issue) => `verwacht een sha256-controlegetal van 64 tekens 0-9 en a-f, gevonden: ${describeValue(issue.input)}`,
});

/**
 * content/versions/<number>/version.yaml: what a published version is called, when it was
 * published, and the checksum of every file frozen with it, so any later change is noticed.
 */
export const versionManifestSchema = z.strictObject({
	number: versionNumber,
	label: versionLabel,
	/** The day it was published, YYYY-MM-DD. */
	date: isoDate,
	/** The version published before it; absent for the first. */
	previous: versionNumber.optional(),
	/**
	 * sha256 of the previous version's version.yaml as it was when this one was published: the
	 * chain that makes a later hand edit to an older manifest (its label, date or checksums) show.
	 */
	previousManifest: sha256.optional(),
	/** sha256 (hex) of every frozen file, by its path relative to the version folder. */
	files: z.record(frozenPath, sha256),
	/**
	 * sha256 of this file's own text without this line: the newest manifest has no successor to
	 * chain it, so it carries its own. Absent only in a first version published before seals existed.
	 */
	seal: sha256.optional(),
});
export type VersionManifest = z.infer<typeof versionManifestSchema>;
