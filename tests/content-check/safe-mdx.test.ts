import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content/error-map.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const file = 'interpretations/respectvol-omgaan/team-noord-toon.mdx';

// Eight lines of frontmatter, a first sentence between blank lines: what a test adds starts on line 12.
const withBody = (body: string) => `---
title: Zo letten we op onze toon
rule: respectvol-omgaan
team: Team Noord
level: team
status: voorstel
date: 2025-05-12
---

Eerste regel van de tekst.

${body}
`;
const bodyLine = 12;

function problemsWith(body: string): ContentError[] {
	return loadHandbook(contentFixture({ [file]: withBody(body) })).errors;
}

describe('a contribution in MDX may hold Markdown and the handbook’s own components, nothing that runs', () => {
	test('Markdown with GFM passes: a list, a table, a link, emphasis, a heading and an example', () => {
		const body = [
			'## Zo doen we het',
			'',
			'- *eerst* vragen, dan **oordelen**',
			'- zie [de regel](/gedragscode/omgaan-met-anderen/respectvol-omgaan/) en https://www.amsterdam.nl',
			'',
			'| wie | wat |',
			'| --- | --- |',
			'| team | praat |',
			'',
			'<Voorbeeld titel="In de chat">',
			'Iemand schrijft kortaf; we bellen even.',
			'</Voorbeeld>',
			'',
			'Accolades als tekst kunnen met een backslash: \\{ en \\}, en 3 < 4 mag ook.',
		].join('\n');
		expect(problemsWith(body)).toEqual([]);
	});

	test.each([
		['an import', 'import Tool from "../../src/tool.ts"', 'import en export kunnen niet in een bijdrage'],
		['an export', 'export const x = 1', 'import en export kunnen niet in een bijdrage'],
		['an expression', 'Dit is {1 + 1} keer zo goed.', 'tekst tussen accolades { } is code'],
		['a comment written as an expression', '{/* stil */}', 'tekst tussen accolades { } is code'],
		['an unknown component', '<Waarschuwing>Let op</Waarschuwing>', 'het onderdeel <Waarschuwing> bestaat niet in het handboek; je kunt alleen <Voorbeeld> gebruiken'],
		['raw HTML', 'Dit is <b>vet</b>.', 'HTML kan niet in een bijdrage (<b>); gebruik Markdown'],
		['a script element', '<script>alert(1)</script>', 'HTML kan niet in een bijdrage (<script>)'],
		['an attribute written as an expression', '<Voorbeeld titel={naam}>x</Voorbeeld>', 'titel={…} is code; schrijf titel="tekst"'],
		['spread attributes', '<Voorbeeld {...props}>x</Voorbeeld>', '<Voorbeeld> krijgt geen code tussen accolades'],
		['an attribute the component does not know', '<Voorbeeld onclick="x()">x</Voorbeeld>', '<Voorbeeld> kent geen "onclick"; wel: titel="…"'],
		['a javascript: link', '[klik](javascript:alert(1))', 'een link naar "javascript:" kan niet'],
		['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', 'een link naar "data:" kan niet'],
		['a javascript: link hidden in a definition', '[klik][x]\n\n[x]: JavaScript:alert(1)', 'een link naar "JavaScript:" kan niet', 2],
		['an image', '![logo](https://example.org/logo.png)', 'een afbeelding kan niet in een bijdrage'],
		['a level-1 heading', '# Onze afspraak', 'een kop met één # kan niet'],
		['a heading that skips a level', '#### Detail', 'deze kop slaat een niveau over; verwacht hier een kop met ##'],
	])('%s is refused with the line and what to write instead', (_, body, message, lineInBody = 0) => {
		const [problem, ...rest] = problemsWith(body);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: bodyLine + lineInBody, message: expect.stringContaining(message) });
		expect(problem!.file).toMatch(/team-noord-toon\.mdx$/);
	});

	test.each([
		['a bare < before a word', 'Minder dan <vijf collega’s', 'een < wordt in MDX gelezen als het begin van een onderdeel'],
		['a bare {', 'Kosten {ongeveer', 'een { wordt hier niet goed afgesloten'],
		['an HTML comment', 'Tekst <!-- later --> meer', 'een opmerking als <!-- … --> kan niet in MDX'],
		['an address between < >', 'Zie <https://www.amsterdam.nl>', 'een webadres tussen < > kan niet in MDX'],
		['a component that is not closed', '<Voorbeeld>\nTekst\n</Voorbeld>', 'een onderdeel wordt niet goed geopend of afgesloten'],
	])('an MDX syntax error, %s, comes back in Dutch with the line and the fix', (_, body, message) => {
		const [problem, ...rest] = problemsWith(body);
		expect(rest).toEqual([]);
		expect(problem!.message).toContain(message);
		expect(problem!.line).toBeGreaterThanOrEqual(bodyLine);
		expect(problem!.message).not.toMatch(/Unexpected|expected a|character/);
	});

	test('every problem in a body is reported, each with its own line', () => {
		const problems = problemsWith('import x from "y"\n\nTekst met {code}.\n\n<b>vet</b>');
		expect(problems.map((problem) => problem.line)).toEqual([bodyLine, bodyLine + 2, bodyLine + 4]);
	});

	test('an interpretation without its wording is refused', () => {
		const text = withBody('').replace('Eerste regel van de tekst.', '');
		const [problem] = loadHandbook(contentFixture({ [file]: text })).errors;
		expect(problem!.message).toBe('de tekst van de afspraak ontbreekt; schrijf in gewone zinnen wat jullie afspreken (in het bestand: onder de tweede regel ---)');
	});

	test('a frontmatter field error names the line of that field', () => {
		const [problem] = loadHandbook(contentFixture({ [file]: withBody('').replace('status: voorstel', 'status: klaar') })).errors;
		expect(problem).toMatchObject({ line: 6, field: 'status' });
	});
});
