import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { versionManifestSchema, versionNumberPattern } from '../../schemas/version.ts';
import { displayPath, listFiles } from '../content/content-files.ts';
import { parseWithDutchErrors, type ContentError } from '../content/error-map.ts';
import { parseEntrySource } from '../content/parse-entry-source.ts';
import { frozenDirectories, manifestFile, manifestPath, sha256Of } from './frozen-files.ts';
import { compareVersionNumbers } from './version-number.ts';

/** A published version as the site and the publish script use it. */
export interface PublishedVersion {
	number: string;
	label: string;
	/** The day it was published, YYYY-MM-DD. */
	date: string;
	previous?: string;
	/** Absolute path of content/versions/<number>/, readable with readCollection(name, folder). */
	folder: string;
	/** sha256 of every frozen file, by its '/' path relative to the folder. */
	files: Record<string, string>;
}

/** The folder under content/ that holds one folder per published version. */
export const versionsDirectory = 'versions';

/** A README in content/versions/ may explain the folder; it is not a version. */
const folderNote = 'README.md';

/**
 * Every published version under content/versions/, ascending by number, and every problem with
 * them: a folder that is not a version number, a missing or invalid version.yaml, and any frozen
 * file changed, removed or added since publishing. A version is listed when its manifest is valid,
 * even if its files fail the check: the errors stop the build and the publish script regardless.
 * Without `verify`, only the manifests are read: enough to know which versions there are, as every
 * page of every build asks, while the check of all frozen files runs once per build of an edition.
 */
export function readPublishedVersions(contentRoot: string, { verify = true }: { verify?: boolean } = {}): { versions: PublishedVersion[]; errors: ContentError[] } {
	const versionsRoot = join(contentRoot, versionsDirectory);
	if (!existsSync(versionsRoot)) return { versions: [], errors: [] };
	if (!statSync(versionsRoot).isDirectory()) {
		return { versions: [], errors: [{ file: displayPath(versionsRoot), message: 'is een bestand, maar hoort een map te zijn met een map per gepubliceerde versie; haal het bestand weg' }] };
	}
	const versions: PublishedVersion[] = [];
	const errors: ContentError[] = [];
	const entries = readdirSync(versionsRoot, { withFileTypes: true })
		// Hidden entries are the system's, or a publish still under way (see publish.ts).
		.filter((entry) => !entry.name.startsWith('.'))
		.sort((a, b) => a.name.localeCompare(b.name));
	for (const entry of entries) {
		const path = join(versionsRoot, entry.name);
		if (!entry.isDirectory()) {
			if (entry.name !== folderNote) {
				errors.push({ file: displayPath(path), message: `hoort hier niet; in ${displayPath(versionsRoot)}/ staat alleen een map per gepubliceerde versie, zoals 0.6/` });
			}
		} else if (!versionNumberPattern.test(entry.name)) {
			errors.push({
				file: displayPath(path),
				message: 'de naam van de map is het versienummer; verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen. Maak een versie altijd met npm run publiceer',
			});
		} else {
			const read = readVersion(contentRoot, entry.name, verify);
			errors.push(...read.errors);
			if (read.version) versions.push(read.version);
		}
	}
	versions.sort((a, b) => compareVersionNumbers(a.number, b.number));
	return { versions, errors };
}

function readVersion(contentRoot: string, number: string, verify: boolean): { version?: PublishedVersion; errors: ContentError[] } {
	const folder = join(contentRoot, versionsDirectory, number);
	const manifestAbsolute = join(folder, manifestFile);
	const file = displayPath(manifestAbsolute);
	if (!existsSync(manifestAbsolute)) {
		return { errors: [{ file, message: `ontbreekt; elke gepubliceerde versie heeft een ${manifestFile} met het nummer, de naam, de datum en de controlegetallen van de bestanden. Zet het bestand terug (git checkout -- ${file})` }] };
	}
	// Not readContentText: a manifest of thousands of files is larger than any content file may be.
	const { source, errors } = parseEntrySource(readFileSync(manifestAbsolute, 'utf8'), 'yaml', file);
	if (!source) return { errors };
	const { data: manifest, errors: fieldErrors } = parseWithDutchErrors(versionManifestSchema, source.data, file, source.locate);
	if (!manifest) return { errors: fieldErrors };
	if (manifest.number !== number) {
		const line = source.locate(['number']);
		return {
			errors: [{ file, ...(line ? { line } : {}), field: 'number', message: `is "${manifest.number}", maar de map heet ${number}; een versie staat in de map met haar eigen nummer. Zet het bestand terug (git checkout -- ${file})` }],
		};
	}
	const { label, date, previous, files } = manifest;
	return {
		version: { number, label, date, ...(previous ? { previous } : {}), folder, files },
		errors: verify ? integrityErrors(contentRoot, number, files) : [],
	};
}

/** Every frozen file that differs from the manifest: changed, missing, or added after publishing. */
function integrityErrors(contentRoot: string, number: string, files: Record<string, string>): ContentError[] {
	const folder = join(contentRoot, versionsDirectory, number);
	const present = listFiles(folder).map(manifestPath).filter((path) => path !== manifestFile);
	const presentSet = new Set(present);
	const never = `een gepubliceerde versie verandert nooit`;
	/** Where the same file lives in the werkversie, which is the place to change it. */
	const workingFolder = (path: string) => {
		const top = path.split('/')[0]!;
		return `${displayPath(frozenDirectories.includes(top) ? join(contentRoot, top) : contentRoot)}/`;
	};
	const errors: ContentError[] = [];
	for (const path of present) {
		const file = displayPath(join(folder, path));
		const expected = files[path];
		if (expected === undefined) {
			errors.push({ file, message: `staat niet in ${manifestFile} van versie ${number} en is er dus na het publiceren bijgekomen; ${never}. Haal het bestand weg en zet nieuwe tekst in de werkversie in ${workingFolder(path)}` });
		} else if (sha256Of(readFileSync(join(folder, path))) !== expected) {
			errors.push({ file, message: `is gewijzigd nadat versie ${number} is gepubliceerd; ${never}. Zet het bestand terug (git checkout -- ${file}) en verander de werkversie in ${workingFolder(path)} in plaats daarvan` });
		}
	}
	for (const path of Object.keys(files).sort()) {
		if (presentSet.has(path)) continue;
		const file = displayPath(join(folder, path));
		errors.push({ file, message: `ontbreekt, maar hoort bij versie ${number}; ${never}. Zet het bestand terug (git checkout -- ${file})` });
	}
	return errors;
}
