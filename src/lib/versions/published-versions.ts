import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { versionManifestSchema, versionNumberPattern, type VersionManifest } from '../../schemas/version.ts';
import { displayPath, listFiles } from '../content/content-files.ts';
import { parseWithDutchErrors, type ContentError } from '../content/error-map.ts';
import { parseEntrySource } from '../content/parse-entry-source.ts';
import { frozenDirectories, manifestFile, manifestPath, sealOf, sha256Of, withoutSeal } from './frozen-files.ts';
import { compareVersionNumbers } from './version-number.ts';

/** A published version as the site and the publish script use it. */
export interface PublishedVersion {
	number: string;
	label: string;
	/** The day it was published, YYYY-MM-DD. */
	date: string;
	previous?: string;
	/** sha256 of the previous version's manifest when this one was published; absent in versions from before the chain. */
	previousManifest?: string;
	/** Absolute path of content/versions/<number>/, readable with readCollection(name, folder). */
	folder: string;
	/** sha256 of every frozen file, by its '/' path relative to the folder. */
	files: Record<string, string>;
	/** sha256 of its version.yaml: what the next version records as `previousManifest`. Read from disk, always set. */
	manifestSha256?: string;
}

/**
 * How to undo a change to a frozen file, in Dutch: before a commit `git checkout` puts it back; once
 * the change is committed, only `git revert` of that commit does (and keeps the history honest).
 */
export function putBack(file: string): string {
	return `Zet het terug: staat de wijziging nog niet in een commit, dan met git checkout -- ${file}; staat ze al in een commit, draai die commit dan terug met git revert <commit> (git log --oneline -- ${file} laat zien welke)`;
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
export function readPublishedVersions(contentRoot: string, { verify = true, manifests }: { verify?: boolean; manifests?: RememberedManifests } = {}): { versions: PublishedVersion[]; errors: ContentError[] } {
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
			const read = readVersion(contentRoot, entry.name, verify, manifests);
			errors.push(...read.errors);
			if (read.version) versions.push(read.version);
		}
	}
	versions.sort((a, b) => compareVersionNumbers(a.number, b.number));
	if (verify) errors.push(...chainErrors(versions));
	return { versions, errors };
}

/**
 * The versions as one chain, oldest first: each names the one before it as `previous`, records the
 * checksum of its manifest (`previousManifest`), and is not dated before it. A hand edit to an older
 * manifest, a version folder taken away or made by hand, or a date moved, each breaks a link.
 */
function chainErrors(versions: PublishedVersion[]): ContentError[] {
	const errors: ContentError[] = [];
	versions.forEach((version, index) => {
		const before = versions[index - 1];
		const manifest = displayPath(join(version.folder, manifestFile));
		if (!before) return;
		const beforeManifest = displayPath(join(before.folder, manifestFile));
		if (version.previous !== before.number) {
			errors.push({
				file: manifest,
				field: 'previous',
				message: `${version.previous ? `noemt versie ${version.previous} als de vorige` : 'noemt geen vorige versie'}, maar de versie ervoor is ${before.number}. Is er een map in ${displayPath(dirname(version.folder))}/ weggehaald, hernoemd of met de hand gemaakt? Maak versies alleen met npm run publiceer. ${putBack(displayPath(dirname(version.folder)))}`,
			});
		} else if (version.previousManifest && version.previousManifest !== before.manifestSha256) {
			errors.push({
				file: beforeManifest,
				message: `is gewijzigd nadat versie ${version.number} is gepubliceerd: het controlegetal dat ${manifest} ervan bewaart (previousManifest) klopt niet meer. Een gepubliceerde versie verandert nooit, ook haar naam en datum niet. ${putBack(beforeManifest)}`,
			});
		}
		if (version.date < before.date) {
			errors.push({
				file: manifest,
				field: 'date',
				message: `is ${version.date}, eerder dan versie ${before.number} (${before.date}); de datum van een versie is de dag waarop ze is gepubliceerd, dus een hoger nummer heeft nooit een eerdere datum. ${putBack(manifest)}`,
			});
		}
	});
	return errors;
}

/**
 * The fields of valid manifests by their text, from an earlier run (`npm run check`'s check cache):
 * a manifest lists every frozen file, and parsing its YAML takes a second at 5,000 interpretations.
 * What is remembered still goes through the schema; anything that does not fit is parsed again.
 */
export interface RememberedManifests {
	get(text: string): unknown;
	set(text: string, fields: unknown): void;
}

/** The manifest's fields after the schema, when remembered ones fit it and its folder. */
function rememberedManifest(manifests: RememberedManifests | undefined, text: string, number: string) {
	const remembered = manifests?.get(text);
	if (remembered === undefined) return undefined;
	const parsed = versionManifestSchema.safeParse(remembered);
	return parsed.success && parsed.data.number === number ? parsed.data : undefined;
}

function readVersion(contentRoot: string, number: string, verify: boolean, manifests?: RememberedManifests): { version?: PublishedVersion; errors: ContentError[] } {
	const folder = join(contentRoot, versionsDirectory, number);
	const manifestAbsolute = join(folder, manifestFile);
	const file = displayPath(manifestAbsolute);
	if (!existsSync(manifestAbsolute)) {
		return { errors: [{ file, message: `ontbreekt; elke gepubliceerde versie heeft een ${manifestFile} met het nummer, de naam, de datum en de controlegetallen van de bestanden. ${putBack(file)}` }] };
	}
	// Not readContentText: a manifest of thousands of files is larger than any content file may be.
	const bytes = readFileSync(manifestAbsolute);
	const text = bytes.toString('utf8');
	const manifest = rememberedManifest(manifests, text, number) ?? parseManifest(text, file, number, manifests);
	if ('errors' in manifest) return manifest;
	const { label, date, previous, previousManifest, files } = manifest;
	return {
		version: { number, label, date, ...(previous ? { previous } : {}), ...(previousManifest ? { previousManifest } : {}), folder, files, manifestSha256: sha256Of(bytes) },
		errors: verify ? [...sealErrors(file, number, text, manifest), ...integrityErrors(contentRoot, number, files)] : [],
	};
}

/** The fields of a manifest, or what is wrong with them. */
function parseManifest(text: string, file: string, number: string, manifests?: RememberedManifests): VersionManifest | { errors: ContentError[] } {
	const { source, errors } = parseEntrySource(text, 'yaml', file);
	if (!source) return { errors };
	const { data: manifest, errors: fieldErrors } = parseWithDutchErrors(versionManifestSchema, source.data, file, source.locate);
	if (!manifest) return { errors: fieldErrors };
	if (manifest.number !== number) {
		const line = source.locate(['number']);
		return {
			errors: [{ file, ...(line ? { line } : {}), field: 'number', message: `is "${manifest.number}", maar de map heet ${number}; een versie staat in de map met haar eigen nummer. ${putBack(file)}` }],
		};
	}
	manifests?.set(text, source.data);
	return manifest;
}

/** A manifest whose text no longer matches its own seal was edited by hand after publishing. */
function sealErrors(file: string, number: string, text: string, manifest: { seal?: string; previous?: string; previousManifest?: string }): ContentError[] {
	const never = 'een gepubliceerde versie verandert nooit, ook haar naam en datum niet';
	if (manifest.seal === undefined) {
		// Only a first version published before seals existed has none; any other lost its seal by hand.
		if (!manifest.previous && !manifest.previousManifest) return [];
		return [{ file, field: 'seal', message: `ontbreekt; elke versie die npm run publiceer maakt, heeft onderaan een zegel, dus dit bestand is met de hand gewijzigd nadat versie ${number} is gepubliceerd; ${never}. ${putBack(file)}` }];
	}
	if (sealOf(withoutSeal(text)) === manifest.seal) return [];
	return [{ file, message: `is met de hand gewijzigd nadat versie ${number} is gepubliceerd: het zegel onderaan (seal) past niet meer bij de tekst; ${never}. Een andere naam of datum kan alleen in een nieuwe versie. ${putBack(file)}` }];
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
			errors.push({ file, message: `is gewijzigd nadat versie ${number} is gepubliceerd; ${never}. Verander de werkversie in ${workingFolder(path)} in plaats daarvan. ${putBack(file)}` });
		}
	}
	for (const path of Object.keys(files).sort()) {
		if (presentSet.has(path)) continue;
		const file = displayPath(join(folder, path));
		errors.push({ file, message: `ontbreekt, maar hoort bij versie ${number}; ${never}. ${putBack(file)}` });
	}
	return errors;
}

/**
 * Said once under a report whose errors include files of a published version: never edit those to
 * make the error go away. Undo a hand edit, or make the code fit older versions again.
 */
export function frozenErrorsHint(errors: readonly ContentError[], contentRoot: string): string | undefined {
	const versionsFolder = `${displayPath(join(contentRoot, versionsDirectory))}/`;
	if (!errors.some((error) => error.file.startsWith(versionsFolder))) return undefined;
	return [
		`Een fout in ${versionsFolder} zit in een gepubliceerde versie, en die verandert nooit: pas die bestanden niet aan om de fout weg te krijgen.`,
		'Is er iets met de hand veranderd, zet het dan terug: nog niet in een commit met git checkout -- <bestand>, al in een commit met git revert <commit> (git log --oneline -- <bestand> laat zien welke).',
		'Past een oudere versie niet meer bij de code of de schema’s van nu, pas dan de code aan, zodat ook oudere versies geldig blijven.',
	].join('\n');
}
