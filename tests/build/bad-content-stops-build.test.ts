import { expect, test } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runAstro } from '../helpers/astro.ts';

test('the build stops on bad content and says in Dutch which file and field are wrong', () => {
	const content = contentFixture({
		'interpretations/team-noord-toon.yaml':
			'title: T\nrule: bestaat-niet\nteam: Team Noord\nlevel: team\nstatus: klaar\ndate: 2025-05-12\nwording: W\n',
	});
	const result = runAstro(['build', '--outDir', `${content}/dist`], { HANDBOOK_CONTENT: content });
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(output).toContain('De inhoud van het handboek bevat 2 fouten:');
	expect(output).toMatch(/interpretations\/team-noord-toon\.yaml — veld "status": verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar"/);
	expect(output).toMatch(/interpretations\/team-noord-toon\.yaml — veld "rule": verwijst naar regel "bestaat-niet", maar er is geen regel met die naam/);
	expect(output).toContain('De site is niet gebouwd.');
});
