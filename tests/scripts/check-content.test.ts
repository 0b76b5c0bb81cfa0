import { describe, expect, test } from 'vitest';
import { githubAnnotation } from '../../scripts/lib/github-annotations.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run check` the way a content author does, on the given content folder. */
const checkContent = (content: string, env: NodeJS.ProcessEnv = {}) => runScript('check-content.ts', [], content, env);

describe('npm run check', () => {
	test('says the content is in order and how much there is', () => {
		const result = checkContent(contentFixture());
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe('De inhoud is in orde: 1 regel, 1 werkafspraak, 1 interpretatie, 1 begrip.');
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
