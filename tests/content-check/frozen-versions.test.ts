import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatContentError } from '../../src/lib/content/error-map.ts';
import { parse } from 'yaml';
import { manifestText, publishVersion } from '../../src/lib/versions/publish.ts';
import { readPublishedVersions } from '../../src/lib/versions/published-versions.ts';
import { compareVersionNumbers } from '../../src/lib/versions/version-number.ts';
import { projectRoot } from '../helpers/astro.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** The minimal handbook with these versions published, one after another. */
function publishedFixture(...numbers: string[]): string {
	const content = contentFixture();
	for (const number of numbers) {
		const result = publishVersion({ contentRoot: content, number, label: `Versie ${number}`, dryRun: false, today: '2026-11-23', confirmed: true });
		expect(result, `publishing ${number}`).not.toHaveProperty('errors');
	}
	return content;
}

/** The problems `npm run check` and the build report about published versions, as an author reads them. */
const versionProblems = (content: string) => readPublishedVersions(content).errors.map(formatContentError);

/** How messages name a file: relative to where the check runs. */
const shown = (content: string, path: string) => relative(process.cwd(), join(content, path));

describe('published versions', () => {
	test('are listed in the order of their numbers, 0.9 before 0.10, with label, date, previous and folder', () => {
		const content = publishedFixture('0.9', '0.10');
		const { versions, errors } = readPublishedVersions(content);
		expect(errors).toEqual([]);
		expect(versions.map(({ number, label, date, previous, folder }) => ({ number, label, date, previous, folder }))).toEqual([
			{ number: '0.9', label: 'Versie 0.9', date: '2026-11-23', previous: undefined, folder: join(content, 'versions', '0.9') },
			{ number: '0.10', label: 'Versie 0.10', date: '2026-11-23', previous: '0.9', folder: join(content, 'versions', '0.10') },
		]);
	});

	test('a handbook that has published nothing has no versions and no problems', () => {
		expect(readPublishedVersions(contentFixture())).toEqual({ versions: [], errors: [] });
	});

	test('version numbers compare as numbers, part by part', () => {
		expect(['1.0', '0.10', '0.9', '0.1', '2.0', '10.0'].sort(compareVersionNumbers)).toEqual(['0.1', '0.9', '0.10', '1.0', '2.0', '10.0']);
	});
});

describe('a published version never changes: the check names every file that differs from its manifest', () => {
	test('a frozen file edited by hand makes npm run check fail, naming that file and how to put it back', () => {
		const content = publishedFixture('0.1');
		const frozen = 'versions/0.1/rules/respectvol-omgaan.mdx';
		writeFileSync(join(content, frozen), readFileSync(join(content, frozen), 'utf8').replace('---\n', '---\n# verbeterd\n'));

		const result = runScript('check-content.mjs', [], content);
		expect(result.status).toBe(1);
		const file = relative(projectRoot, join(content, frozen));
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toContain(
			`${file}: is gewijzigd nadat versie 0.1 is gepubliceerd; een gepubliceerde versie verandert nooit. Verander de werkversie in ${relative(projectRoot, join(content, 'rules'))}/ in plaats daarvan. Zet het terug: staat de wijziging nog niet in een commit, dan met git checkout -- ${file}; staat ze al in een commit, draai die commit dan terug met git revert <commit> (git log --oneline -- ${file} laat zien welke)`,
		);
	});

	test('a frozen file edited by hand stops npm run build once, before any edition is built, with the same report', () => {
		const content = publishedFixture('0.1');
		const frozen = 'versions/0.1/rules/respectvol-omgaan.mdx';
		writeFileSync(join(content, frozen), readFileSync(join(content, frozen), 'utf8').replace('---\n', '---\n# verbeterd\n'));

		const result = runScript('build.ts', ['--outDir', join(content, 'dist')], content);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toContain(`${relative(projectRoot, join(content, frozen))}: is gewijzigd nadat versie 0.1 is gepubliceerd`);
		expect(result.stderr).toContain('De site is niet gebouwd.');
		expect(result.stderr).toContain('zit in een gepubliceerde versie, en die verandert nooit');
		// No edition was started: each would be announced with its name.
		expect(result.stdout).not.toContain('— ');
	});

	test('a line ending changed is a change too', () => {
		const content = publishedFixture('0.1');
		const frozen = join(content, 'versions/0.1/terms/microagressie.yaml');
		writeFileSync(frozen, readFileSync(frozen, 'utf8').replace(/\n/g, '\r\n'));
		expect(versionProblems(content)).toEqual([expect.stringContaining(`${shown(content, 'versions/0.1/terms/microagressie.yaml')}: is gewijzigd nadat versie 0.1 is gepubliceerd`)]);
	});

	test('listing the versions without checking them reads only the manifests; the check itself still finds the edit', () => {
		const content = publishedFixture('0.1');
		const file = join(content, 'versions/0.1/terms/microagressie.yaml');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n# met de hand erbij gezet\n`);
		const listed = readPublishedVersions(content, { verify: false });
		expect(listed.versions.map((version) => version.number)).toEqual(['0.1']);
		expect(listed.errors).toEqual([]);
		expect(readPublishedVersions(content).errors).toHaveLength(1);
	});

	test('a missing file and an extra file are both reported', () => {
		const content = publishedFixture('0.1');
		rmSync(join(content, 'versions/0.1/themes/omgaan-met-informatie.mdx'));
		mkdirSync(join(content, 'versions/0.1/interpretations/respectvol-omgaan'), { recursive: true });
		writeFileSync(join(content, 'versions/0.1/interpretations/respectvol-omgaan/nieuw.mdx'), '---\ntitle: Nieuw\n---\n');
		expect(versionProblems(content)).toEqual([
			`${shown(content, 'versions/0.1/interpretations/respectvol-omgaan/nieuw.mdx')}: staat niet in version.yaml van versie 0.1 en is er dus na het publiceren bijgekomen; een gepubliceerde versie verandert nooit. Haal het bestand weg en zet nieuwe tekst in de werkversie in ${shown(content, 'interpretations')}/`,
			`${shown(content, 'versions/0.1/themes/omgaan-met-informatie.mdx')}: ontbreekt, maar hoort bij versie 0.1; een gepubliceerde versie verandert nooit. Zet het terug: staat de wijziging nog niet in een commit, dan met git checkout -- ${shown(content, 'versions/0.1/themes/omgaan-met-informatie.mdx')}; staat ze al in een commit, draai die commit dan terug met git revert <commit> (git log --oneline -- ${shown(content, 'versions/0.1/themes/omgaan-met-informatie.mdx')} laat zien welke)`,
		]);
	});

	test('a file beside the frozen folders, such as the settings, is reported as extra', () => {
		const content = publishedFixture('0.1');
		writeFileSync(join(content, 'versions/0.1/organisation.yaml'), readFileSync(join(content, 'organisation.yaml')));
		expect(versionProblems(content)).toEqual([expect.stringContaining(`${shown(content, 'versions/0.1/organisation.yaml')}: staat niet in version.yaml van versie 0.1`)]);
	});

	test('a change in an older version is found while the newer one is in order', () => {
		const content = publishedFixture('0.1', '0.2');
		writeFileSync(join(content, 'versions/0.1/sources/testplan.yaml'), 'anders\n');
		expect(versionProblems(content)).toEqual([expect.stringContaining(`${shown(content, 'versions/0.1/sources/testplan.yaml')}: is gewijzigd nadat versie 0.1`)]);
	});
});

describe('the folder and manifest of a version are checked, each problem in Dutch with file and field', () => {
	test('a folder whose name is not a version number', () => {
		const content = publishedFixture('0.1');
		renameSync(join(content, 'versions/0.1'), join(content, 'versions/v0.1'));
		const { versions, errors } = readPublishedVersions(content);
		expect(versions).toEqual([]);
		expect(errors.map(formatContentError)).toEqual([
			`${shown(content, 'versions/v0.1')}: de naam van de map is het versienummer; verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen. Maak een versie altijd met npm run publiceer`,
		]);
	});

	test('a file named versions where the folder of versions belongs', () => {
		const content = contentFixture({ versions: 'versie 0.1\n' });
		expect(versionProblems(content)).toEqual([`${shown(content, 'versions')}: is een bestand, maar hoort een map te zijn met een map per gepubliceerde versie; haal het bestand weg`]);
	});

	test('a file directly in content/versions/ other than a README', () => {
		const content = contentFixture({ 'versions/README.md': 'Uitleg.\n', 'versions/0.1.zip': 'x' });
		expect(versionProblems(content)).toEqual([expect.stringMatching(/versions\/0\.1\.zip: hoort hier niet; in .*versions\/ staat alleen een map per gepubliceerde versie, zoals 0\.6\/$/)]);
	});

	test('a missing version.yaml', () => {
		const content = publishedFixture('0.1');
		rmSync(join(content, 'versions/0.1/version.yaml'));
		expect(versionProblems(content)).toEqual([expect.stringMatching(/versions\/0\.1\/version\.yaml: ontbreekt; elke gepubliceerde versie heeft een version\.yaml/)]);
	});

	test('a number in version.yaml that differs from its folder', () => {
		const content = publishedFixture('0.1');
		const manifest = join(content, 'versions/0.1/version.yaml');
		writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('number: "0.1"', 'number: "0.2"'));
		const [error, ...rest] = readPublishedVersions(content).errors;
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ file: shown(content, 'versions/0.1/version.yaml'), line: 2, field: 'number' });
		expect(error!.message).toMatch(/^is "0\.2", maar de map heet 0\.1;/);
	});

	test.each([
		['a number written without quotes, read as a number', 'number: "0.1"', 'number: 0.1', 'number', 'verwacht tekst, gevonden: 0.1'],
		['a label with HTML', 'label: Versie 0.1', 'label: <i>Versie</i>', 'label', 'mag geen < of > bevatten'],
		['a date that is not a day', 'date: 2026-11-23', 'date: gisteren', 'date', 'verwacht een datum als JJJJ-MM-DD'],
		['a checksum that is not sha256', /(files:\n\s+\S+: )[0-9a-f]+/, '$1abc', 'files', 'verwacht een sha256-controlegetal van 64 tekens 0-9 en a-f, gevonden: "abc"'],
		['a field that does not exist', 'date: 2026-11-23', 'date: 2026-11-23\nauthor: Team Noord', 'author', 'dit veld bestaat niet'],
	])('an invalid version.yaml: %s', (_scenario, from, to, field, message) => {
		const content = publishedFixture('0.1');
		const manifest = join(content, 'versions/0.1/version.yaml');
		writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(from, to));
		const { versions, errors } = readPublishedVersions(content);
		expect(versions).toEqual([]);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.field).toContain(field);
		expect(errors[0]!.message).toContain(message);
	});
});

describe('a version is protected as a whole: its manifest too, and the chain of versions', () => {
	/** The manifest of a version with some text replaced, the way a hand edit would. */
	const editManifest = (content: string, number: string, from: string | RegExp, to: string) => {
		const manifest = join(content, 'versions', number, 'version.yaml');
		const text = readFileSync(manifest, 'utf8');
		expect(text).toMatch(from);
		writeFileSync(manifest, text.replace(from, to));
		return shown(content, `versions/${number}/version.yaml`);
	};
	const undo = (file: string) =>
		`Zet het terug: staat de wijziging nog niet in een commit, dan met git checkout -- ${file}; staat ze al in een commit, draai die commit dan terug met git revert <commit> (git log --oneline -- ${file} laat zien welke)`;

	test('each manifest is sealed, and the next one records the checksum of the one before', () => {
		const content = publishedFixture('0.1', '0.2');
		const first = readFileSync(join(content, 'versions/0.1/version.yaml'), 'utf8');
		const second = readFileSync(join(content, 'versions/0.2/version.yaml'), 'utf8');
		expect(first).toMatch(/\nseal: [0-9a-f]{64}\n$/);
		expect(second).toContain(`previousManifest: ${createHash('sha256').update(first).digest('hex')}`);
		expect(readPublishedVersions(content).errors).toEqual([]);
	});

	test('a hand edit to the label of the newest version breaks its seal, and the message says how to undo it, also once committed', () => {
		const content = publishedFixture('0.1', '0.2');
		const file = editManifest(content, '0.2', 'label: Versie 0.2', 'label: Betere naam');
		expect(versionProblems(content)).toEqual([
			`${file}: is met de hand gewijzigd nadat versie 0.2 is gepubliceerd: het zegel onderaan (seal) past niet meer bij de tekst; een gepubliceerde versie verandert nooit, ook haar naam en datum niet. Een andere naam of datum kan alleen in een nieuwe versie. ${undo(file)}`,
		]);
	});

	test('a hand edit to the date of an older version is found twice: by its own seal and by the chain in the next one', () => {
		const content = publishedFixture('0.1', '0.2');
		const file = editManifest(content, '0.1', 'date: 2026-11-23', 'date: 2026-11-20');
		expect(versionProblems(content)).toEqual([
			expect.stringContaining(`${file}: is met de hand gewijzigd nadat versie 0.1 is gepubliceerd: het zegel onderaan (seal) past niet meer`),
			`${file}: is gewijzigd nadat versie 0.2 is gepubliceerd: het controlegetal dat ${shown(content, 'versions/0.2/version.yaml')} ervan bewaart (previousManifest) klopt niet meer. Een gepubliceerde versie verandert nooit, ook haar naam en datum niet. ${undo(file)}`,
		]);
	});

	test('removing the seal and the chain from a manifest does not hide an edit', () => {
		const content = publishedFixture('0.1', '0.2');
		editManifest(content, '0.2', /^previousManifest: .*\n/m, '');
		const file = editManifest(content, '0.2', /^seal: .*\n/m, '');
		expect(versionProblems(content)).toEqual([expect.stringContaining(`${file} — veld "seal": ontbreekt; elke versie die npm run publiceer maakt, heeft onderaan een zegel`)]);
	});

	test('a file deleted together with its line in the manifest is still found, and so is what referred to it', () => {
		const content = publishedFixture('0.1');
		rmSync(join(content, 'versions/0.1/terms/microagressie.yaml'));
		editManifest(content, '0.1', /^\s+terms\/microagressie\.yaml: .*\n/m, '');
		const result = runScript('check-content.mjs', [], content);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${shown(content, 'versions/0.1/version.yaml')}: is met de hand gewijzigd nadat versie 0.1 is gepubliceerd`);
		// npm run check reads the frozen version as a handbook too: its references must hold.
		expect(result.stderr).toMatch(/versions\/0\.1\/rules\/respectvol-omgaan\.mdx \(regel 9\) — veld "terms, punt 1": verwijst naar begrip "microagressie", maar er is geen begrip met die naam/);
		expect(result.stderr).toContain('zit in een gepubliceerde versie, en die verandert nooit: pas die bestanden niet aan om de fout weg te krijgen.');
		expect(result.stderr).toContain('al in een commit met git revert <commit>');
	});

	test('dates rise with version numbers: a later version dated before an earlier one is an error, even with a seal made anew', () => {
		const content = contentFixture();
		for (const [number, today] of [['0.1', '2026-11-23'], ['0.2', '2026-11-25']] as const) {
			expect(publishVersion({ contentRoot: content, number, label: `Versie ${number}`, dryRun: false, today, confirmed: true }), number).not.toHaveProperty('errors');
		}
		// Someone who knows how to seal a manifest anew: the seal holds, the order of dates does not.
		const manifest = join(content, 'versions/0.2/version.yaml');
		writeFileSync(manifest, manifestText({ ...parse(readFileSync(manifest, 'utf8')), date: '2026-11-20' }));
		const file = shown(content, 'versions/0.2/version.yaml');
		expect(versionProblems(content)).toEqual([
			`${file} — veld "date": is 2026-11-20, eerder dan versie 0.1 (2026-11-23); de datum van een versie is de dag waarop ze is gepubliceerd, dus een hoger nummer heeft nooit een eerdere datum. ${undo(file)}`,
		]);
	});

	test('a version folder taken away breaks the chain of the one after it', () => {
		const content = publishedFixture('0.1', '0.2', '0.3');
		rmSync(join(content, 'versions/0.2'), { recursive: true });
		expect(versionProblems(content)).toEqual([expect.stringContaining(`${shown(content, 'versions/0.3/version.yaml')} — veld "previous": noemt versie 0.2 als de vorige, maar de versie ervoor is 0.1.`)]);
	});
});

test('git never rewrites the line endings of a frozen file', () => {
	const result = spawnSync('git', ['check-attr', 'text', '--', 'content/versions/0.1/rules/omgaan-met-anderen/niet-pesten.mdx', 'content/rules/omgaan-met-anderen/niet-pesten.mdx'], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	expect(result.stdout).toBe(
		'content/versions/0.1/rules/omgaan-met-anderen/niet-pesten.mdx: text: unset\ncontent/rules/omgaan-met-anderen/niet-pesten.mdx: text: unspecified\n',
	);
});
