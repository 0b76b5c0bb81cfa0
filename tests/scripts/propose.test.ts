import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { askForMissing, missingOptions, type Targets } from '../../src/lib/proposal/scaffold.ts';
import { today } from '../../src/lib/today.ts';
import { projectRoot } from '../helpers/astro.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run voorstel -- …` the way an author does, on the given content folder; stdin is not a terminal. */
const propose = (content: string, args: string[]) => runScript('propose.ts', args, content);

describe('npm run voorstel', () => {
	test('writes a proposal from the template into the folder of its rule, that the check accepts, and says what to do next', () => {
		const content = contentFixture();
		const result = propose(content, ['--regel', 'respectvol-omgaan', '--team', 'Team Klantcontact Zuid', '--niveau', 'team', '--titel', 'Zo groeten we elkaar']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = 'interpretations/respectvol-omgaan/team-klantcontact-zuid-zo-groeten-we-elkaar.mdx';
		expect(result.stdout).toContain(`Het voorstel staat in ${relative(projectRoot, join(content, file))}`);
		expect(result.stdout).toContain('npm run check');
		expect(result.stdout).toMatch(/pull request/);

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
		expect(loadHandbook(content).handbook!.interpretations.get('mt-zuid-dinsdag-samen')!.data.agreement).toBe('samen-op-kantoor');
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
		expect(result.stderr).toContain('Er is al een interpretatie met de naam team-noord-toon.mdx');
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
});
