import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { readCollection, readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { unsetOwnerSettings } from '../../src/lib/owner-settings.ts';
import { today } from '../../src/lib/today.ts';
import { projectRoot } from '../helpers/astro.ts';
import { contentFixture, minimalContent, shippedContentFixture } from '../helpers/content-fixture.ts';
import { commitAll, git, withOrigin } from '../helpers/git-repository.ts';
import { runScript } from '../helpers/run-script.ts';
import { publishCommand } from '../../scripts/lib/publish-command.ts';

/**
 * `npm run publiceer -- …` as a maintainer runs it, without a terminal (as in CI): the command's
 * own code (scripts/lib/publish-command.ts) in this process, on the given content folder. A Node
 * process per call spent most of its second loading modules; the script's process itself is run
 * by the first test and the one at a terminal.
 */
async function publish(content: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const status = await publishCommand(args, { contentRoot: content, env, log: (line) => stdout.push(`${line}\n`), error: (line) => stderr.push(`${line}\n`) });
	return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** The script itself, in a Node process of its own, as `npm run publiceer -- …` starts it. */
const publishAsScript = (content: string, args: string[]) => runScript('publish.ts', args, content);

/** How a path appears in the command's messages: relative to where it runs (`npm run` runs in the project). */
const shown = (path: string, from = process.cwd()) => relative(from, path);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under content/versions/, hidden ones included: what "writes nothing" is measured by. */
const versionsTree = (content: string) => (existsSync(join(content, 'versions')) ? readdirSync(join(content, 'versions'), { recursive: true }).map(String).sort() : []);

const manifestOf = (content: string, number: string) => parse(readFileSync(join(content, 'versions', number, 'version.yaml'), 'utf8'));

describe('npm run publiceer', () => {
	test('freezes a byte copy of every collection and the docs, with a manifest whose checksums match, and says what it did', { timeout: 30_000 }, () => {
		const content = shippedContentFixture();
		const result = publishAsScript(content, ['0.1', '--label', 'Startversie']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);

		const folder = join(content, 'versions', '0.1');
		const manifest = manifestOf(content, '0.1');
		expect(manifest).toMatchObject({ number: '0.1', label: 'Startversie', date: today() });
		expect(manifest).not.toHaveProperty('previous');

		// Every file of the frozen folders is there, byte for byte, and nothing else.
		const sources = ['sources', 'themes', 'rules', 'topics', 'agreements', 'terms', 'interpretations', 'docs'].flatMap((directory) =>
			listFiles(join(content, directory)).map((path) => `${directory}/${path.split('\\').join('/')}`),
		);
		expect(Object.keys(manifest.files).sort()).toEqual(sources.sort());
		expect(sources).toContain('rules/omgaan-met-anderen/niet-pesten.mdx');
		expect(sources).toContain('docs/index.mdx');
		for (const path of sources) {
			expect(readFileSync(join(folder, path)).equals(readFileSync(join(content, path))), path).toBe(true);
			expect(manifest.files[path], path).toBe(sha256(join(folder, path)));
		}
		// Settings and Starlight's UI strings apply to every version and are not frozen.
		expect(existsSync(join(folder, 'organisation.yaml'))).toBe(false);
		expect(existsSync(join(folder, 'i18n'))).toBe(false);
		expect(versionsTree(content).filter((path) => path.startsWith('.'))).toEqual([]);

		// The frozen rules read as the rules of the werkversie do.
		expect([...readCollection('rules', folder).entries.keys()].sort()).toEqual([...readCollection('rules', content).entries.keys()].sort());

		expect(result.stdout).toContain(`Versie 0.1 "Startversie" is gepubliceerd met datum ${today()}: ${sources.length} bestanden bevroren in ${shown(folder, projectRoot)}/.`);
		expect(result.stdout).toContain('Dit is de eerste versie.');

		const check = runScript('check-content.mjs', [], content);
		expect(check.status).toBe(0);
		expect(check.stdout).toMatch(/, 1 gepubliceerde versie\.$/m);
	});

	test('a second version records the one before it and counts the files new, changed and removed since then', async () => {
		const content = contentFixture();
		expect((await publish(content, ['0.9', '--label', 'Eerste', '--bevestig'])).status).toBe(0);
		writeFileSync(join(content, 'terms', 'ander-begrip.yaml'), 'term: Ander begrip\nsummary: Een tweede begrip.\n');
		writeFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), `${readFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), 'utf8')}\nNog een zin.\n`);
		rmSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'));

		const result = await publish(content, ['0.10', '--label', '50-70%-versie']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Bestanden ten opzichte van versie 0.9: 1 nieuw, 1 gewijzigd, 1 verwijderd.');
		expect(manifestOf(content, '0.10')).toMatchObject({ number: '0.10', label: '50-70%-versie', previous: '0.9' });
		// The earlier version is untouched.
		expect(existsSync(join(content, 'versions', '0.9', 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'))).toBe(true);
	});

	test('--proef says what would be published, and writes nothing', async () => {
		const content = contentFixture();
		const result = await publish(content, ['0.1', '--label', '50-70%-versie', '--proef']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Proef: er is niets geschreven.');
		expect(result.stdout).toContain(`Versie 0.1 "50-70%-versie" zou worden gepubliceerd met datum ${today()}: 8 bestanden bevroren in ${shown(join(content, 'versions', '0.1'))}/.`);
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test.each([
		['the same number again', '0.6', 'versie 0.6 bestaat al'],
		['a lower number', '0.5', 'het versienummer 0.5 is niet hoger dan de laatste versie, 0.6; kies een hoger nummer'],
		// As text "0.9" sorts after "0.10"; as a version it comes before.
		['a number lower when read as numbers', '0.9', 'het versienummer 0.9 is niet hoger dan de laatste versie, 0.10; kies een hoger nummer', '0.10'],
	])('%s is refused and nothing is written', async (_scenario, number, message, first = '0.6') => {
		const content = contentFixture();
		expect((await publish(content, [first, '--label', 'Eerste', '--bevestig'])).status).toBe(0);
		const before = versionsTree(content);
		const result = await publish(content, [number, '--label', 'Tweede']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Versie ${number} is niet gepubliceerd; er is niets geschreven:`);
		expect(result.stderr).toContain(message);
		expect(versionsTree(content)).toEqual(before);
	});

	test.each([
		['0.6.x', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen, gevonden: "0.6.x"'],
		['v1', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0: twee getallen met een punt ertussen, gevonden: "v1"'],
		['1', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0'],
		['01.0', 'Startversie', 'het versienummer: verwacht een versienummer als 0.6 of 1.0'],
		['0.6', '', '--label: is leeg; verwacht een korte naam voor de versie, zoals 50-70%-versie'],
		['0.6', '   ', '--label: is leeg'],
		['0.6', '<b>x</b>', '--label: mag geen < of > bevatten (de naam is gewone tekst, geen HTML), gevonden: "<b>x</b>"'],
		['0.6', 'Samen > apart', '--label: mag geen < of > bevatten'],
		['0.6', 'x'.repeat(61), '--label: is te lang; verwacht hoogstens 60 tekens'],
	])('number %j with label %j is refused in Dutch, writing nothing', async (number, label, message) => {
		const content = contentFixture();
		const result = await publish(content, [number, '--label', label]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('content with an error is refused with the Dutch report of the check, writing nothing', async () => {
		const content = contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' });
		const result = await publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('a published version changed by hand blocks the next one until it is put back', async () => {
		const content = contentFixture();
		expect((await publish(content, ['0.1', '--label', 'Startversie'])).status).toBe(0);
		const frozen = join(content, 'versions', '0.1', 'rules', 'respectvol-omgaan.mdx');
		writeFileSync(frozen, 'verbeterd\n');
		const result = await publish(content, ['0.2', '--label', 'Tweede', '--bevestig']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${shown(frozen)}: is gewijzigd nadat versie 0.1 is gepubliceerd`);
		expect(result.stderr).toContain(`git revert <commit>`);
		expect(existsSync(join(content, 'versions', '0.2'))).toBe(false);
	});

	test.each([
		[[], 'Ontbreekt: het versienummer. De volgende versie is 0.1 (of 1.0 voor de 100%-versie).'],
		[['0.6'], 'Ontbreekt: --label "<naam>".'],
		[['0.6', '--label'], '--label: na deze optie hoort een waarde.'],
		[['0.6', '--naam', 'x'], '--naam: deze optie bestaat niet.'],
		[['0.6', 'Eerste', 'versie'], 'Geef één versienummer, niet 3'],
	])('the command %j is refused with what is wrong and how to use it', async (args, message) => {
		const result = await publish(contentFixture(), args);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('Gebruik: npm run publiceer -- <nummer> --label "<naam>" [--proef] [--bevestig]');
	});
});

describe('publishing freezes only what git has', () => {
	test('an untracked content file is refused, listed in Dutch, and nothing is written', async () => {
		const content = contentFixture();
		commitAll(content);
		writeFileSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-zuid-voorstel.mdx'), readFileSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx')));
		const statusBefore = git(content, 'status', '--porcelain');
		const result = await publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Versie 0.1 is niet gepubliceerd; er is niets geschreven:');
		expect(result.stderr).toContain('in de inhoud staat 1 wijziging die nog niet in git is vastgelegd. Een versie bevriest wat er op schijf staat; dit zou erin komen zonder dat het in de werkversie staat:');
		expect(result.stderr).toContain(`nieuw, nog niet in git: ${shown(join(content, 'interpretations', 'respectvol-omgaan', 'team-zuid-voorstel.mdx'))}`);
		expect(result.stderr).toContain('Leg het eerst vast (git add, git commit, en een pull request naar de werkversie), of zet het terug');
		expect(existsSync(join(content, 'versions'))).toBe(false);
		expect(git(content, 'status', '--porcelain')).toBe(statusBefore);
	});

	test('an uncommitted edit, a deleted file and a file git ignores are refused alike, outside content/versions/ and in it', async () => {
		const content = contentFixture();
		writeFileSync(join(content, '.gitignore'), '*.bak.mdx\n');
		commitAll(content);
		writeFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), `${readFileSync(join(content, 'rules', 'respectvol-omgaan.mdx'), 'utf8')}\nNog een zin.\n`);
		rmSync(join(content, 'terms', 'microagressie.yaml'));
		writeFileSync(join(content, 'interpretations', 'oud.bak.mdx'), 'kopie\n');
		const result = await publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('staan 3 wijzigingen die nog niet in git zijn vastgelegd');
		expect(result.stderr).toContain(`gewijzigd: ${shown(join(content, 'rules', 'respectvol-omgaan.mdx'))}`);
		expect(result.stderr).toContain(`verwijderd: ${shown(join(content, 'terms', 'microagressie.yaml'))}`);
		expect(result.stderr).toContain(`genegeerd door .gitignore: ${shown(join(content, 'interpretations', 'oud.bak.mdx'))}`);
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('a version published but not yet committed blocks the next one', async () => {
		const content = contentFixture();
		commitAll(content);
		expect((await publish(content, ['0.1', '--label', 'Startversie'])).status).toBe(0);
		writeFileSync(join(content, 'terms', 'ander-begrip.yaml'), 'term: Ander begrip\nsummary: Een tweede begrip.\n');
		git(content, 'add', 'terms');
		git(content, 'commit', '-q', '-m', 'Begrip');
		const result = await publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`nieuw, nog niet in git: ${shown(join(content, 'versions', '0.1', 'version.yaml'))}`);
	});

	test('a branch behind its upstream is said, and without a terminal refused unless --bevestig', async () => {
		const content = contentFixture();
		withOrigin(content).pushFromElsewhere('terms/ander-begrip.yaml', 'term: Ander begrip\nsummary: Elders toegevoegd.\n');
		const result = await publish(content, ['0.1', '--label', 'Startversie']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Je branch loopt 1 commit achter op origin/main (volgens de laatste git fetch of git pull). Wat daar al is samengevoegd, zou dan niet in versie 0.1 staan. Haal het eerst binnen met git pull. Toch publiceren?');
		expect(result.stderr).toContain('Weet je het zeker? Geef dan dezelfde opdracht met --bevestig erbij');
		expect(existsSync(join(content, 'versions'))).toBe(false);
		const confirmed = await publish(content, ['0.1', '--label', 'Startversie', '--bevestig']);
		expect(confirmed.status).toBe(0);
		expect(confirmed.stdout).toContain('Toch publiceren? Ja (--bevestig).');
	});

	test('it ends with the exact next steps, the real names filled in, and says that merging deploys', async () => {
		const content = contentFixture({
			'organisation.yaml': `${readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8')}repository: { host: github, url: 'https://github.com/voorbeeld/handboek', branch: main }\n`,
		});
		withOrigin(content);
		const result = await publish(content, ['0.1', '--label', "Versie voor Platform I&D"]);
		expect(result.stderr).toBe('');
		const folder = shown(join(content, 'versions', '0.1'));
		expect(result.stdout).toContain(
			[
				'Zo komt versie 0.1 op de site:',
				'  1. git switch -c versie-0.1',
				`  2. git add ${folder}`,
				"  3. git commit -m 'Versie 0.1: Versie voor Platform I&D'",
				'  4. git push -u origin versie-0.1',
				'  5. Open op GitHub een pull request van versie-0.1 naar main: https://github.com/voorbeeld/handboek/compare/main...versie-0.1?expand=1',
				'Wordt de pull request samengevoegd in main, dan bouwt GitHub de site en staat versie 0.1 voor iedereen online.',
			].join('\n'),
		);
	}, 20_000);
});

describe('the number: the next one is proposed, any other is asked about', () => {
	/** A handbook with 0.1 … `last` published, and a change since, so only the number can be questioned. */
	async function publishedUpTo(...numbers: string[]): Promise<string> {
		const content = contentFixture();
		for (const number of numbers) expect((await publish(content, [number, '--label', `Versie ${number}`, '--bevestig'])).status, number).toBe(0);
		writeFileSync(join(content, 'terms', 'ander-begrip.yaml'), 'term: Ander begrip\nsummary: Een tweede begrip.\n');
		return content;
	}

	test.each([
		['0.25 after 0.3, which a reader takes for a version between', ['0.1', '0.2', '0.3'], '0.25', 'Na versie 0.3 komt gewoonlijk 0.4. Wie 0.25 leest als een gewoon getal, denkt dat deze versie vóór versie 0.3 komt (0,25 is minder dan 0,3); zo lezen de meeste lezers een versienummer. Bedoel je 0.4?'],
		['0.10 after 0.2, which reads as 0.1', ['0.1', '0.2'], '0.10', 'Na versie 0.2 komt gewoonlijk 0.3. Wie 0.10 leest als een gewoon getal, denkt dat deze versie vóór versie 0.2 komt (0,10 is minder dan 0,2)'],
		['1.0, the 100 % version', ['0.1', '0.2'], '1.0', 'Versie 1.0 is de 100%-versie: het hele handboek, voor elke regel en werkafspraak vastgesteld. Na versie 0.2 komt gewoonlijk 0.3. Is dit die versie?'],
		['a number that skips one', ['0.1'], '0.3', 'Na versie 0.1 komt gewoonlijk 0.2; met 0.3 sla je 0.2 over. Is dat de bedoeling?'],
	])('%s asks; without a terminal it is refused, naming --bevestig, and nothing is written', async (_scenario, published, number, question) => {
		const content = await publishedUpTo(...published);
		const before = versionsTree(content);
		const result = await publish(content, [number, '--label', 'Volgende']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Versie ${number} is niet gepubliceerd; er is niets geschreven:`);
		expect(result.stderr).toContain(question);
		expect(result.stderr).toContain('Weet je het zeker? Geef dan dezelfde opdracht met --bevestig erbij; die beantwoordt deze vraag met ja.');
		expect(versionsTree(content)).toEqual(before);
		expect((await publish(content, [number, '--label', 'Volgende', '--bevestig'])).status).toBe(0);
		expect(existsSync(join(content, 'versions', number, 'version.yaml'))).toBe(true);
	});

	test('the next number is published without a question, and named when the number is missing', async () => {
		const content = await publishedUpTo('0.1', '0.2', '0.3');
		expect((await publish(content, ['--label', 'Volgende'])).stderr).toContain('Ontbreekt: het versienummer. De volgende versie is 0.4 (of 1.0 voor de 100%-versie).');
		const result = await publish(content, ['0.4', '--label', 'Volgende']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	test('the dry run asks nothing, but says what the real run will ask', async () => {
		const content = await publishedUpTo('0.1', '0.2', '0.3');
		const result = await publish(content, ['0.25', '--label', 'Volgende', '--proef']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Publiceer echt door dezelfde opdracht te geven zonder --proef. Dan vraagt de opdracht eerst:\n  - Na versie 0.3 komt gewoonlijk 0.4.');
	});

	test.runIf(existsSync('/usr/bin/script'))('at a terminal the question is asked: “nee” writes nothing, “ja” publishes', async () => {
		const content = await publishedUpTo('0.1', '0.2', '0.3');
		/** The publish command at a terminal (util-linux `script` gives it one), typing an answer. */
		const atTerminal = (answer: string) =>
			spawnSync('script', ['-qec', `node scripts/publish.ts 0.25 --label Volgende`, '/dev/null'], { cwd: projectRoot, encoding: 'utf8', input: `${answer}\n`, env: { ...process.env, HANDBOOK_CONTENT: content } });
		const no = atTerminal('nee');
		expect(no.stdout).toContain('Bedoel je 0.4? (ja/nee)');
		expect(no.stdout).toContain('Versie 0.25 is niet gepubliceerd; er is niets geschreven.');
		expect(existsSync(join(content, 'versions', '0.25'))).toBe(false);
		expect(atTerminal('ja').stdout).toContain('Versie 0.25 "Volgende" is gepubliceerd');
		expect(existsSync(join(content, 'versions', '0.25', 'version.yaml'))).toBe(true);
	}, 20_000);
});

describe('a version with no change', () => {
	test('is asked about, and without a terminal refused unless --bevestig', async () => {
		const content = contentFixture();
		expect((await publish(content, ['0.1', '--label', 'Eerste'])).status).toBe(0);
		const result = await publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Er is niets veranderd sinds versie 0.1: elk bestand is hetzelfde. Een versie zonder wijziging zegt lezers niets nieuws. Toch publiceren?');
		expect(existsSync(join(content, 'versions', '0.2'))).toBe(false);
		expect((await publish(content, ['0.2', '--label', 'Tweede', '--bevestig'])).status).toBe(0);
	});

	test('other bytes with the same words for readers count as no change', async () => {
		const content = contentFixture();
		expect((await publish(content, ['0.1', '--label', 'Eerste'])).status).toBe(0);
		const rule = join(content, 'rules', 'respectvol-omgaan.mdx');
		writeFileSync(rule, readFileSync(rule, 'utf8').replace(/\n*$/, '\n\n\n'));
		const result = await publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.stderr).toContain('Sinds versie 0.1 is niets veranderd dat lezers zien (1 bestand verschilt alleen in opmaak, witruimte of velden die de pagina’s niet tonen).');
	});
});

describe('what the output tells the lead', () => {
	test('what readers will see change, examples apart; coverage before → after; unset settings in one line', async () => {
		const example = readFileSync(join(minimalContent, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'), 'utf8');
		const proposal = example.replace('team: Team Noord', 'team: Team Zuid').replace('status: vastgesteld', 'status: voorstel').replace('fictitious: true\n', '');
		const content = contentFixture({ 'interpretations/respectvol-omgaan/team-zuid-toon.mdx': proposal });
		expect((await publish(content, ['0.1', '--label', 'Eerste'])).status).toBe(0);
		writeFileSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-zuid-toon.mdx'), proposal.replace('status: voorstel', 'status: vastgesteld').replace('date: 2025-05-12', 'date: 2026-12-01'));
		writeFileSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-west-toon.mdx'), example.replace('team: Team Noord', 'team: Team West'));
		const result = await publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Wat lezers zien veranderen sinds versie 0.1:\n  - 1 afspraak van een team of MT vastgesteld (+1 in verzonnen voorbeelden)\n');
		expect(result.stdout).toContain('Dekking: in het hele handboek 0\u00a0% (0 van de 2) → 50\u00a0% (1 van de 2) regels en normen met een vastgestelde afspraak.');
		const unset = unsetOwnerSettings(readOrganisation(content).data!).length;
		expect(unset).toBeGreaterThan(1);
		expect(result.stdout).toContain(`Nog niet ingesteld in organisation.yaml: ${unset} instellingen; ze gelden voor elke versie zodra ze zijn ingevuld (npm run build noemt ze).`);
		expect(result.stdout.split('\n').filter((line) => line.includes('ingesteld'))).toHaveLength(1);
	});

	test('adopting a proposal without a new date is said, and still published', async () => {
		const example = readFileSync(join(minimalContent, 'interpretations', 'respectvol-omgaan', 'team-noord-toon.mdx'), 'utf8');
		const proposal = example.replace('team: Team Noord', 'team: Team Zuid').replace('status: vastgesteld', 'status: voorstel').replace('fictitious: true\n', '');
		const content = contentFixture({ 'interpretations/respectvol-omgaan/team-zuid-toon.mdx': proposal });
		expect((await publish(content, ['0.1', '--label', 'Eerste'])).status).toBe(0);
		writeFileSync(join(content, 'interpretations', 'respectvol-omgaan', 'team-zuid-toon.mdx'), proposal.replace('status: voorstel', 'status: vastgesteld'));
		const file = shown(join(content, 'interpretations', 'respectvol-omgaan', 'team-zuid-toon.mdx'));
		const warning = `${file} — veld "date": de status is nu "vastgesteld" (in versie 0.1: "voorstel"), maar de datum is nog 2025-05-12, net als in versie 0.1. Lezers zien "Vastgesteld sinds" die datum; zet bij een nieuwe status de datum op de dag dat die inging (README, "Een voorstel vaststellen").`;
		const check = runScript('check-content.mjs', [], content);
		expect(check.status).toBe(0);
		expect(check.stdout).toContain(`Let op (geen fout): ${warning}`);
		const result = await publish(content, ['0.2', '--label', 'Tweede']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`Let op: ${warning}`);
	});

	test('a label may hold &: “Versie voor Platform I&D”', async () => {
		const content = contentFixture();
		expect((await publish(content, ['0.1', '--label', 'Versie voor Platform I&D'])).status).toBe(0);
		expect(manifestOf(content, '0.1').label).toBe('Versie voor Platform I&D');
	});
});

describe('forgetting the -- after npm run publiceer', () => {
	test('npm takes --label and --proef for itself: recognised, explained, and the command shown as meant', async () => {
		// What `npm run publiceer 0.4 --label "Versie voor X" --proef` hands the script.
		const result = await publish(contentFixture(), ['0.4', 'Versie voor X'], { npm_config_label: 'true', npm_config_proef: 'true' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('npm heeft --label en --proef zelf opgevangen: er staat geen -- na publiceer, en dan houdt npm opties voor zichzelf. Zet -- na publiceer, zo:');
		expect(result.stderr).toContain('  npm run publiceer -- 0.4 --label "Versie voor X" --proef');
		expect(result.stderr).not.toContain('Geef één versienummer');
	});

	test('with --label=…, npm keeps the value itself', async () => {
		const result = await publish(contentFixture(), ['0.4'], { npm_config_label: 'Versie voor X' });
		expect(result.stderr).toContain('  npm run publiceer -- 0.4 --label "Versie voor X"');
	});
});
