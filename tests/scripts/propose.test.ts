import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { askForMissing, missingOptions, pasteable, type Targets } from '../../src/lib/proposal/scaffold.ts';
import { today } from '../../src/lib/today.ts';
import { projectRoot } from '../helpers/astro.ts';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const gitIdentity = { GIT_AUTHOR_NAME: 'Team Test', GIT_AUTHOR_EMAIL: 'team@example.org', GIT_COMMITTER_NAME: 'Team Test', GIT_COMMITTER_EMAIL: 'team@example.org' };
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs `npm run voorstel -- …` the way an author does, on the given content folder; stdin is not a terminal. */
const propose = (content: string, args: string[]) => runScript('propose.ts', args, content);

describe('npm run voorstel', () => {
	test('writes a proposal from the template into the folder of its rule, which the check accepts once the team replaced the template text', () => {
		const content = contentFixture();
		const result = propose(content, ['--regel', 'respectvol-omgaan', '--team', 'Team Klantcontact Zuid', '--niveau', 'team', '--titel', 'Zo groeten we elkaar']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = 'interpretations/respectvol-omgaan/team-klantcontact-zuid-zo-groeten-we-elkaar.mdx';
		expect(result.stdout).toContain(`Het voorstel staat in ${relative(projectRoot, join(content, file))}`);
		expect(result.stdout).toContain('npm run check');
		expect(result.stdout).toMatch(/pull request/);

		// Untouched, the template's text is refused, at its line, with what belongs there.
		const written = readFileSync(join(content, file), 'utf8');
		const placeholderLine = written.split('\n').findIndex((line) => line.startsWith('Schrijf hier')) + 1;
		expect(loadHandbook(content).errors).toEqual([
			{
				file: relative(process.cwd(), join(content, file)),
				line: placeholderLine,
				message: 'staat nog zoals in het sjabloon ("Schrijf hier in een paar zinnen…"); verwacht in jullie eigen woorden wat jullie afspreken. Vervang de tekst uit het sjabloon',
			},
		]);
		writeFileSync(join(content, file), written.replace(/^Schrijf hier.*$/m, 'We groeten elkaar als we binnenkomen.'));
		const { handbook, errors } = loadHandbook(content);
		expect(errors).toEqual([]);
		expect(handbook!.interpretations.get('team-klantcontact-zuid-zo-groeten-we-elkaar')!.data).toMatchObject({
			rule: 'respectvol-omgaan',
			team: 'Team Klantcontact Zuid',
			level: 'team',
			status: 'voorstel',
			date: today(),
			fictitious: false,
		});
		expect(readFileSync(join(content, file), 'utf8')).toMatch(/^---\ntitle: Zo groeten we elkaar\nrule: respectvol-omgaan\n/);
	});

	test('writes a proposal for a work agreement with --afspraak', () => {
		const content = contentFixture();
		const result = propose(content, ['--afspraak', 'samen-op-kantoor', '--team', 'MT Zuid', '--niveau', 'afdelings-mt', '--titel', 'Dinsdag samen']);
		expect(result.status).toBe(0);
		const file = join(content, 'interpretations/samen-op-kantoor/mt-zuid-dinsdag-samen.mdx');
		expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Dinsdag samen\nagreement: samen-op-kantoor\nteam: MT Zuid\nlevel: afdelings-mt\n/);
	});

	test('refuses an unknown id and lists the ids that exist', () => {
		const result = propose(contentFixture(), ['--regel', 'respect', '--team', 'Team Noord', '--niveau', 'team', '--titel', 'Toon']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('er is geen regel "respect". Kies een van deze regels:\n      respectvol-omgaan');
	});

	test('says that an id is an agreement, not a rule', () => {
		const result = propose(contentFixture(), ['--regel', 'samen-op-kantoor', '--team', 'Team Noord', '--niveau', 'team', '--titel', 'Toon']);
		expect(result.stderr).toContain('"samen-op-kantoor" is een werkafspraak; gebruik --afspraak samen-op-kantoor.');
	});

	test('without a terminal, refuses in Dutch and names the missing options, writing nothing', () => {
		const content = contentFixture();
		const result = propose(content, ['--regel', 'respectvol-omgaan', '--team', 'Team Noord']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^Ontbreekt: --niveau, --titel\.\n/);
		expect(result.stderr).toContain('Gebruik: npm run voorstel -- --regel <id>');
		expect(loadHandbook(content).handbook!.interpretations.size).toBe(1);
	});

	test('refuses a person’s name as team and a level that does not exist, each with the option to change', () => {
		const result = propose(contentFixture(), ['--regel', 'respectvol-omgaan', '--team', 'Jan Jansen', '--niveau', 'afdeling', '--titel', 'Toon']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('--team: verwacht de naam van een team of MT die begint met Team, MT, Afdelings-MT, Directie-MT (nooit de naam van een persoon), gevonden: "Jan Jansen"');
		expect(result.stderr).toContain('--niveau: verwacht een van: team, afdelings-mt, directie-mt; gevonden: "afdeling"');
	});

	test('never overwrites: a name another interpretation already has, in any folder, is refused', () => {
		// The minimal handbook holds interpretations/respectvol-omgaan/team-noord-toon.mdx.
		const result = propose(contentFixture(), ['--regel', 'respectvol-omgaan', '--team', 'Team Noord', '--niveau', 'team', '--titel', 'Toon']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Er is al een afspraak met de naam team-noord-toon.mdx');
	});

	test('the next steps are commands with the real branch, file and title, that work when pasted into a shell', () => {
		// A git repository with the handbook in it, as a team's clone is; the script runs from its root.
		const repository = mkdtempSync(join(tmpdir(), 'handbook-clone-'));
		onTestFinished(() => rmSync(repository, { recursive: true, force: true }));
		cpSync(minimalContent, join(repository, 'content'), { recursive: true });
		const git = (...args: string[]) => spawnSync('git', args, { cwd: repository, encoding: 'utf8', env: { ...process.env, ...gitIdentity } });
		git('init', '-q', '-b', 'main');
		git('add', '.');
		git('commit', '-q', '-m', 'Begin');

		const title = "MT's en $collega's: zo doen we 't & meer";
		const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'propose.ts'), '--regel', 'respectvol-omgaan', '--team', 'Team Zuid', '--niveau', 'team', '--titel', title], {
			cwd: repository,
			encoding: 'utf8',
			env: { ...process.env, HANDBOOK_CONTENT: join(repository, 'content') },
		});
		expect(result.stderr).toBe('');
		const commands = result.stdout.split('\n').filter((line) => /^\s+(git|npm) /.test(line)).map((line) => line.trim());
		const file = 'content/interpretations/respectvol-omgaan/team-zuid-mt-s-en-collega-s-zo-doen-we-t-meer.mdx';
		const branch = 'voorstel-team-zuid-mt-s-en-collega-s-zo-doen-we-t-meer';
		expect(commands).toEqual([
			'npm run check',
			`git switch -c ${branch}`,
			`git add ${file}`,
			"git commit -m 'Voorstel: MT’s en $collega’s: zo doen we ’t & meer'",
			`git push -u origin ${branch}`,
		]);
		expect(commands.join('\n')).not.toMatch(/[<>]|&&/);

		// Pasted into bash one by one (all but the push, which needs a git host), they do what they say.
		for (const command of commands.filter((line) => line.startsWith('git ') && !line.startsWith('git push'))) {
			const pasted = spawnSync('bash', ['-c', command], { cwd: repository, encoding: 'utf8', env: { ...process.env, ...gitIdentity } });
			expect(pasted.status, `${command}\n${pasted.stderr}`).toBe(0);
		}
		expect(git('branch', '--show-current').stdout.trim()).toBe(branch);
		expect(git('log', '-1', '--format=%s').stdout.trim()).toBe('Voorstel: MT’s en $collega’s: zo doen we ’t & meer');
		expect(git('show', '--name-only', '--format=').stdout.trim()).toBe(file);
	});

	test('a forgotten -- after voorstel, which makes npm keep the options, is recognised and explained', () => {
		const content = contentFixture();
		// As npm runs it: `npm run voorstel --regel respectvol-omgaan --team "Team Zuid"` (no --).
		const result = spawnSync('npm', ['run', '--silent', 'voorstel', '--regel', 'respectvol-omgaan', '--team', 'Team Zuid', '--niveau', 'team', '--titel', 'Zo'], {
			cwd: projectRoot,
			encoding: 'utf8',
			env: { ...process.env, HANDBOOK_CONTENT: content },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^npm heeft --regel, --team, --niveau en --titel zelf gehouden, omdat de twee streepjes -- na "npm run voorstel" ontbreken\. Zet -- na voorstel/);
		expect(result.stderr).toContain('npm run voorstel -- --regel respectvol-omgaan');
		expect(loadHandbook(content).handbook!.interpretations.size).toBe(1);
	});

	test('an option it does not know is refused in Dutch', () => {
		const result = propose(contentFixture(), ['--rule', 'respectvol-omgaan']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^--rule: deze optie bestaat niet\./);
	});
});

describe('npm run voorstel in a terminal', () => {
	const targets: Targets = { rules: ['respectvol-omgaan'], agreements: ['samen-op-kantoor'] };

	test('asks only for what the command line left out, and knows an agreement id from a rule id', async () => {
		const questions: string[] = [];
		const answers = ['samen-op-kantoor', 'directie-mt', 'Sturen op vertrouwen'];
		const completed = await askForMissing({ team: 'Directie-MT Participatie' }, async (question) => (questions.push(question), answers.shift()!), targets);
		expect(completed).toEqual({ afspraak: 'samen-op-kantoor', team: 'Directie-MT Participatie', niveau: 'directie-mt', titel: 'Sturen op vertrouwen' });
		expect(questions).toHaveLength(3);
		expect(questions[0]).toContain('Regels: respectvol-omgaan');
		expect(questions[0]).toContain('Werkafspraken: samen-op-kantoor');
		expect(missingOptions(completed)).toEqual([]);
	});

	test('checks each answer right away, says what is wrong and asks that question again', async () => {
		const questions: string[] = [];
		const said: string[] = [];
		const answers = ['respect', 'respectvol-omgaan', 'Jan de Vries', 'Team Zuid', 'afdeling', 'team', '', 'Zo groeten we elkaar'];
		const completed = await askForMissing({}, async (question) => (questions.push(question), answers.shift()!), targets, (message) => said.push(message));
		expect(completed).toEqual({ regel: 'respectvol-omgaan', team: 'Team Zuid', niveau: 'team', titel: 'Zo groeten we elkaar' });
		expect(questions).toHaveLength(8);
		expect(said).toEqual([
			'Dat kan niet: er is geen regel of werkafspraak "respect"; kies een id uit de lijst. Probeer het nog eens.',
			'Dat kan niet: verwacht de naam van een team of MT die begint met Team, MT, Afdelings-MT, Directie-MT (nooit de naam van een persoon), gevonden: "Jan de Vries". Probeer het nog eens.',
			'Dat kan niet: verwacht een van: team, afdelings-mt, directie-mt; gevonden: "afdeling". Probeer het nog eens.',
			'Dat kan niet: is leeg; verwacht tekst. Probeer het nog eens.',
		]);
	});

	test.skipIf(!hasScript)('Ctrl+C while it asks ends quietly in Dutch, without a stack trace, and writes nothing', async () => {
		const content = contentFixture();
		// `script` gives the command a terminal, as a person typing has: only then does it ask.
		const child = spawn('script', ['-qec', `${JSON.stringify(process.execPath)} scripts/propose.ts --team 'Team Zuid'`, '/dev/null'], {
			cwd: projectRoot,
			env: { ...process.env, HANDBOOK_CONTENT: content },
		});
		let output = '';
		let interrupted = false;
		child.stdin.on('error', () => undefined);
		const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (!interrupted && output.includes('> ')) {
				interrupted = true;
				child.stdin.write('\u0003');
			}
		});
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const status = await exited;
		expect(output).toContain('Gestopt. Er is niets geschreven.');
		expect(output).not.toMatch(/AbortError|\n\s+at \S/);
		expect(status).not.toBe(0);
		expect(loadHandbook(content).handbook!.interpretations.size).toBe(1);
	});
});

describe('commands printed to paste', () => {
	test.each([
		['voorstel-team-zuid-toon', 'voorstel-team-zuid-toon'],
		['content/interpretations/x/y.mdx', 'content/interpretations/x/y.mdx'],
		['Voorstel: Zo groeten we elkaar', "'Voorstel: Zo groeten we elkaar'"],
		["Voorstel: MT's $HOME `x` \"y\" & z; <a>", "'Voorstel: MT’s $HOME `x` \"y\" & z; <a>'"],
	])('%s is pasted as %s', (word, shown) => {
		expect(pasteable(word)).toBe(shown);
		// bash reads it back as the same one argument (a straight apostrophe becomes a typographic one).
		const echoed = spawnSync('bash', ['-c', `printf %s ${shown}`], { encoding: 'utf8' });
		expect(echoed.stdout).toBe(word.replace(/'/g, '’'));
	});
});
