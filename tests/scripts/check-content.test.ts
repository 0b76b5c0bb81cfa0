import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { githubAnnotation } from '../../scripts/lib/github-annotations.ts';
import { adviceListed } from '../../src/lib/readability/contribution-advice.ts';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** A contribution far above B1: long sentences, long words, the passive. */
const hardContribution = [
	'---',
	'title: Zo borgen we de naleving',
	'rule: respectvol-omgaan',
	'team: Team Zuid',
	'level: team',
	'status: voorstel',
	'date: 2026-12-01',
	'---',
	'',
	'Het ontbreken van duidelijke kaders en een eenduidig handelingsperspectief leidt ertoe dat medewerkers onvoldoende worden gefaciliteerd om incidenten tijdig te signaleren.',
	'',
	'Wij zorgen ervoor dat de afspraken consequent worden nageleefd. Dat bespreken we elke week. We zijn daar eerlijk over.',
	'',
].join('\n');

/** Runs `npm run check` the way a content author does, on the given content folder. */
const checkContent = (content: string, env: NodeJS.ProcessEnv = {}) => runScript('check-content.mjs', [], content, env);

// Each run starts Node and reads the handbook: a few seconds on a busy machine.
describe('npm run check', { timeout: 30_000 }, () => {
	test('says the content is in order and how much there is', () => {
		const result = checkContent(contentFixture());
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('De inhoud is in orde: 1 regel, 1 werkafspraak, 1 afspraak van een team of MT, 1 begrip.');
	});

	test('advises per contribution on its Dutch: the level it reaches and its three hardest sentences, without refusing it', () => {
		const hard = hardContribution;
		const result = checkContent(contentFixture({ 'interpretations/respectvol-omgaan/team-zuid-borgen.mdx': hard, 'jargon.yaml': 'words:\n  - word: faciliteren\n    forms: [gefaciliteerd]\n    instead: mogelijk maken\n' }));
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		const advice = result.stdout.split('\n').slice(2);
		expect(advice[0]).toBe('Leesbaarheid van de afspraken van teams en MT’s (advies, geen fout; het doel is taalniveau B1):');
		const start = advice.findIndex((line) => line.includes('team-zuid-borgen.mdx'));
		expect(advice[start]).toMatch(/^- .*interpretations\/respectvol-omgaan\/team-zuid-borgen\.mdx: C\d \(Flesch-Douma -?\d+\)$/);
		const sentences = advice.slice(start + 1, start + 4);
		expect(sentences[0]).toMatch(/^ {4}„Het ontbreken .*” \(21 woorden; lange zin: maak er twee zinnen van; lange woorden: handelingsperspectief, gefaciliteerd; lijdende vorm \(worden … gefaciliteerd\): zeg wie het doet; „gefaciliteerd”: liever mogelijk maken\)$/);
		expect(sentences[1]).toBe('    „Wij zorgen ervoor dat de afspraken consequent worden nageleefd.” (9 woorden; lijdende vorm (worden … nageleefd): zeg wie het doet)');
		expect(sentences[2]).toMatch(/^ {4}„(Dat bespreken we elke week\.|We zijn daar eerlijk over\.)” \(\d woorden\)$/);
		expect(advice).toContainEqual(expect.stringMatching(/^- .*interpretations\/respectvol-omgaan\/team-noord-toon\.mdx: A2 \(Flesch-Douma \d+; ruwe schatting, minder dan 30 woorden\)$/));
	});

	test('with more contributions than it lists one by one, lists only those that miss B1 and counts the rest', () => {
		const [easy] = readdirSync(join(minimalContent, 'interpretations', 'respectvol-omgaan'));
		const easyText = readFileSync(join(minimalContent, 'interpretations', 'respectvol-omgaan', easy!), 'utf8');
		const copies = Object.fromEntries(Array.from({ length: adviceListed }, (_, index) => [`interpretations/respectvol-omgaan/team-kopie-${index}.mdx`, easyText]));
		const result = checkContent(contentFixture({ ...copies, 'interpretations/respectvol-omgaan/team-zuid-borgen.mdx': hardContribution }));
		expect(result.status).toBe(0);
		const advice = result.stdout.split('\n\n').find((part) => part.startsWith('Leesbaarheid van de afspraken'))!.split('\n');
		const total = adviceListed + 2;
		expect(advice.filter((line) => line.startsWith('- '))).toEqual([expect.stringMatching(/team-zuid-borgen\.mdx: C\d /)]);
		expect(advice.at(-2)).toBe(`${total - 1} van de ${total} afspraken halen B1 of makkelijker; 1 haalt het niet (hierboven).`);
		expect(advice.at(-1)).toMatch(/npm run leesbaarheid -- <map of bestand>/);
	});

	test('ends with what only the owner can settle and has not yet, one line each', () => {
		const lines = checkContent(contentFixture()).stdout.trim().split('\n');
		const heading = lines.findIndex((line) => line.startsWith('Nog niet ingesteld in content/organisation.yaml'));
		expect(heading).toBeGreaterThan(0);
		const listed = lines.slice(heading + 1);
		// The minimal handbook names its contact role and sets nothing else; that one help role has no route.
		expect(listed).toEqual([
			'  - helpRoles, "Projectleider": hoe lezers deze rol bereiken (routes)',
			expect.stringMatching(/^ {2}- codeOfConductUrl: /),
			expect.stringMatching(/^ {2}- site: /),
			expect.stringMatching(/^ {2}- repository: /),
			expect.stringMatching(/^ {2}- proposalInbox: /),
			expect.stringMatching(/^ {2}- procedure: /),
			expect.stringMatching(/^ {2}- anonymousChannel: /),
			expect.stringMatching(/^ {2}- contentLicence: /),
		]);
	});

	test('leaves out of that list what the owner has set', () => {
		const organisation = `${readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8')}site: https://handboek.voorbeeld.nl\ncontentLicence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }\n`;
		const { stdout } = checkContent(contentFixture({ 'organisation.yaml': organisation }));
		expect(stdout).toContain('  - repository: ');
		expect(stdout).not.toContain('  - site: ');
		expect(stdout).not.toContain('  - contentLicence: ');
	});

	test('fails with the Dutch report when a file is wrong', () => {
		const result = checkContent(contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' }));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
	});

	test('in GitHub Actions, each error is also an annotation on its file and line', () => {
		// A new proposal in its rule's folder, with its status (line 6) misspelled.
		const proposal = ['---', 'title: Zo spreken we af', 'rule: respectvol-omgaan', 'team: Team Zuid', 'level: team', 'status: klaar voor 100%', 'date: 2026-12-01', '---', '', 'We spreken af.', ''];
		const content = contentFixture({ 'interpretations/respectvol-omgaan/team-zuid-afspraak.mdx': proposal.join('\n') });
		// On GitHub the repository is the workspace; here the content folder stands in for it.
		const result = checkContent(content, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: content });
		expect(result.status).toBe(1);
		expect(result.stdout.trim().split('\n')).toEqual([
			'::error file=interpretations/respectvol-omgaan/team-zuid-afspraak.mdx,line=6,title=Fout in de inhoud%2C veld "status"::verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar voor 100%25"',
		]);
		// Outside GitHub Actions the output stays the Dutch report alone.
		expect(checkContent(content, { GITHUB_ACTIONS: '' }).stdout).toBe('');
	});
});

describe('a content error as a GitHub annotation', () => {
	test('keeps a message of several lines on one line, as GitHub’s escaping asks', () => {
		const annotation = githubAnnotation({ file: 'content/terms/a,b.yaml', message: 'eerste regel\r\ntweede: 5%' }, process.cwd());
		expect(annotation).toBe('::error file=content/terms/a%2Cb.yaml,line=1,title=Fout in de inhoud::eerste regel%0D%0Atweede: 5%25');
	});
});
