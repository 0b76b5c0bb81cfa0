import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runBuild } from '../helpers/astro.ts';

test('the build stops on bad content and says in Dutch which file and field are wrong', () => {
	const content = contentFixture({
		'interpretations/respectvol-omgaan/team-noord-toon.mdx': '---\ntitle: T\nrule: bestaat-niet\nteam: Team Noord\nlevel: team\nstatus: klaar\ndate: 2025-05-12\n---\n\nW\n',
	});
	// The site of an earlier build, which a failed build leaves as it was.
	mkdirSync(`${content}/dist`);
	writeFileSync(`${content}/dist/index.html`, '<h1>De vorige bouw</h1>');
	const result = runBuild(['--outDir', `${content}/dist`], { HANDBOOK_CONTENT: content });
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(readFileSync(`${content}/dist/index.html`, 'utf8')).toBe('<h1>De vorige bouw</h1>');
	expect(output).toContain('De inhoud van het handboek bevat 2 fouten:');
	expect(output).toMatch(/interpretations\/respectvol-omgaan\/team-noord-toon\.mdx \(regel \d+\) — veld "status": verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar"/);
	expect(output).toMatch(/interpretations\/respectvol-omgaan\/team-noord-toon\.mdx \(regel \d+\) — veld "rule": verwijst naar regel "bestaat-niet", maar er is geen regel met die naam/);
	expect(output).toContain('De site is niet gebouwd.');
});

test('code in a contributed MDX file never runs: the build stops before Astro compiles it', () => {
	const marker = join(mkdtempSync(join(tmpdir(), 'handbook-marker-')), 'ran.txt');
	const module = join(dirname(marker), 'side-effect.mjs');
	writeFileSync(module, `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'import');\n`);
	const content = contentFixture({
		'interpretations/respectvol-omgaan/team-noord-toon.mdx': [
			'---',
			'title: T',
			'rule: respectvol-omgaan',
			'team: Team Noord',
			'level: team',
			'status: voorstel',
			'date: 2025-05-12',
			'---',
			'',
			`import ${JSON.stringify(module)}`,
			'',
			`Tekst {(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'expression')}`,
			'',
		].join('\n'),
	});
	const result = runBuild(['--outDir', `${content}/dist`], { HANDBOOK_CONTENT: content });
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(output).toContain('import en export kunnen niet in een bijdrage');
	expect(output).toContain('tekst tussen accolades { } is code');
	expect(existsSync(marker)).toBe(false);
});
