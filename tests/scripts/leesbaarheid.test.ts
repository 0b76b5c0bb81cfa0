import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run leesbaarheid` the way a writer does, on the given content folder. */
const leesbaarheid = (content: string, args: string[] = []) => runScript('leesbaarheid.ts', args, content);

/** A page written in policy language, with a quotation from a source in it. */
const hardPage = [
	'---',
	'title: Beleid in de praktijk',
	'---',
	'',
	'Het ontbreken van duidelijke kaders en een eenduidig handelingsperspectief leidt ertoe dat medewerkers onvoldoende worden gefaciliteerd om incidenten tijdig te signaleren en bespreekbaar te maken.',
	'',
	'In het kader van de implementatie van de organisatiebrede gedragsinterventies wordt de effectiviteit periodiek geëvalueerd door de verantwoordelijke stakeholders.',
	'',
	'> Het gebrek aan helderheid over sociale normen binnen een organisatie kan een aantal negatieve effecten hebben, zowel op individueel als op collectief niveau.',
	'',
].join('\n');

const jargon = 'words:\n  - word: faciliteren\n    forms: [gefaciliteerd]\n    instead: mogelijk maken\n  - word: stakeholders\n    instead: betrokkenen\n';

const handbook = () => contentFixture({ 'docs/beleid.mdx': hardPage, 'jargon.yaml': jargon });

// Each run starts Node and reads the handbook: a few seconds on a busy machine.
describe('npm run leesbaarheid', { timeout: 30_000 }, () => {
	test('lists every page with its level, the hardest first, with its hardest sentences and what to change', () => {
		const result = leesbaarheid(handbook());
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toBe('Leesbaarheid van het handboek (Flesch-Douma; het doel is taalniveau B1).');
		const pages = lines.filter((line) => /^\d+\. /.test(line));
		expect(pages).toHaveLength(4);
		expect(pages[0]).toMatch(/^1\. C2 \(Flesch-Douma -?\d+\), \d+ woorden — pagina „Beleid in de praktijk” — .*docs\/beleid\.mdx$/);
		expect(pages.slice(1).map((line) => line.split(' — ')[1]).sort()).toEqual(['afspraak van een team of MT „Zo letten we op onze toon”', 'begrip „Microagressie”', 'onderwerp „Hybride werken”']);
		const hardest = lines.slice(lines.indexOf(pages[0]!) + 1, lines.indexOf(pages[1]!));
		expect(hardest[1]).toMatch(/^ {5}„In het kader van de implementatie .*” \(19 woorden; lange woorden: .*; lijdende vorm \(wordt … geëvalueerd\): zeg wie het doet; „stakeholders”: liever betrokkenen\)$/);
		expect(hardest[0]).toMatch(/^ {5}„Het ontbreken van duidelijke kaders .*lijdende vorm \(worden … gefaciliteerd\).*„gefaciliteerd”: liever mogelijk maken\)$/);
		expect(lines).toContain("3 van de 4 pagina's halen B1 of makkelijker; 1 pagina haalt het niet.");
	});

	test('measures text quoted from a source apart, marked as such, and never advises to rewrite it', () => {
		const { stdout } = leesbaarheid(handbook());
		const [own, quoted] = stdout.split(/^Letterlijk uit de bron: gemeten, maar niet om te herschrijven \(\d+ pagina's\):$/m);
		expect(quoted).toBeDefined();
		expect(own).not.toContain('Het gebrek aan helderheid');
		expect(own).not.toContain('Je gaat respectvol om met anderen');
		expect(quoted).toMatch(/^- C\d \(Flesch-Douma -?\d+; ruwe schatting, minder dan 30 woorden\), 23 woorden — pagina „Beleid in de praktijk” — .*docs\/beleid\.mdx$/m);
		expect(quoted).toMatch(/^- A2 \(Flesch-Douma \d+; ruwe schatting, minder dan 30 woorden\), 6 woorden — regel „Respectvol omgaan” — .*rules\/respectvol-omgaan\.mdx$/m);
	});

	test('reports only the pages under the folders or files it is given', () => {
		const content = handbook();
		const { stdout, status } = leesbaarheid(content, [join(content, 'docs')]);
		expect(status).toBe(0);
		expect(stdout.split('\n').filter((line) => /^\d+\. /.test(line))).toEqual([expect.stringContaining('docs/beleid.mdx')]);
		const nothing = leesbaarheid(content, [join(content, 'bestaat-niet')]);
		expect(nothing.status).toBe(1);
		expect(nothing.stderr).toContain("Geen pagina's gevonden onder");
	});

	test('content with a mistake is not measured: the Dutch report of the check says what to fix', () => {
		const result = leesbaarheid(contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' }));
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
		expect(result.stderr).toContain('daarna meet npm run leesbaarheid de tekst');
	});
});
