import { describe, expect, test } from 'vitest';
import { checkEntry } from '../../src/lib/content/check-entry.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { parseEntrySource } from '../../src/lib/content/parse-entry-source.ts';
import { idPattern } from '../../src/schemas/common.ts';
import { checkProposal } from '../../src/lib/proposal/check-proposal.ts';
import { templateText } from '../../src/lib/proposal/template-text.ts';
import { proposalFile, proposalLocation, type Proposal } from '../../src/lib/proposal/proposal-file.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const proposal: Proposal = {
	target: { rule: 'respectvol-omgaan' },
	title: 'Zo letten we op onze toon in de teamchat',
	team: 'Team Klantcontact Noord',
	level: 'team',
	date: '2026-11-23',
	wording: 'In de teamchat schrijven we zoals we praten.\n\nWe zijn **kort** en vriendelijk.',
	do: ['Begin met een groet', ''],
	dont: [],
	dilemmas: ['Hoe snel reageer je thuis?'],
	examples: ['Een collega schrijft "Wie heeft dit laten liggen??".', 'Iemand reageert kortaf.'],
};

const fieldsOf = (text: string) => parseEntrySource(text, 'mdx', 'voorstel.mdx').source!.data;

describe('the proposal file that the form and npm run voorstel both write', () => {
	test('is a proposal of the team, dated, not fictitious, that npm run check accepts as it is', () => {
		const { text } = proposalFile(proposal);
		const location = proposalLocation({ ...proposal, target: proposal.target! });
		const { handbook, errors } = loadHandbook(contentFixture({ [location.path]: text }));
		expect(errors).toEqual([]);
		const entry = handbook!.interpretations.get(location.fileName.replace('.mdx', ''))!;
		expect(entry.data).toMatchObject({ status: 'voorstel', date: '2026-11-23', fictitious: false, team: 'Team Klantcontact Noord', do: ['Begin met een groet'], dont: [] });
		expect(text).not.toContain('fictitious');
		expect(text).not.toContain('dont');
	});

	test('keeps the wording as Markdown and puts each example in its own <Voorbeeld>', () => {
		const { text } = proposalFile(proposal);
		expect(text).toContain('\n---\n\nIn de teamchat schrijven we zoals we praten.\n\nWe zijn **kort** en vriendelijk.\n');
		expect(text.match(/<Voorbeeld>\n.+\n<\/Voorbeeld>/g)).toEqual([
			'<Voorbeeld>\nEen collega schrijft "Wie heeft dit laten liggen??".\n</Voorbeeld>',
			'<Voorbeeld>\nIemand reageert kortaf.\n</Voorbeeld>',
		]);
	});

	test.each([
		['a colon and a hash', 'Team Noord: wij # jullie'],
		['a YAML word', 'yes'],
		['a leading dash', '- ja'],
		['quotes', `'t Is "zo"`],
	])('text with %s stays the text the team typed', (_, typed) => {
		const fields = fieldsOf(proposalFile({ ...proposal, title: typed, do: [typed] }).text);
		expect(fields.title).toBe(typed);
		expect(fields.do).toEqual([typed]);
	});

	test('is named after the team and the title, in the folder of its rule or agreement', () => {
		expect(proposalLocation({ ...proposal, target: { rule: 'respectvol-omgaan' } }).path).toBe(
			'interpretations/respectvol-omgaan/team-klantcontact-noord-zo-letten-we-op-onze-toon-in-de-teamchat.mdx',
		);
		const { folder, fileName } = proposalLocation({ team: 'Team Zuidoost – Café', title: 'Één afspraak over “thuiswerken” op vrijdag en maandag en ook de rest van de week', target: { agreement: 'samen-op-kantoor' } });
		expect(folder).toBe('interpretations/samen-op-kantoor');
		expect(fileName).toMatch(/^team-zuidoost-cafe-een-afspraak-over-thuiswerken-op-vrijdag-en/);
		expect(fileName.replace('.mdx', '')).toMatch(idPattern);
		expect(fileName.length).toBeLessThanOrEqual(95);
	});
});

describe('a proposal checked in the browser says each problem at the field of the form, in words for a team member', () => {
	test.each([
		['a person’s name as team', { team: 'Jan Jansen' }, 'team', 'Verwacht de naam van een team of MT die begint met Team, MT, Afdelings-MT, Directie-MT (nooit de naam van een persoon).'],
		['no team', { team: '' }, 'team', 'Vul de naam van jullie team of MT in. Die begint met Team, MT, Afdelings-MT of Directie-MT.'],
		['no rule or agreement', { target: undefined }, 'target', 'Kies de regel of werkafspraak waar jullie afspraak over gaat.'],
		['an empty title', { title: ' ' }, 'title', 'Vul een titel in: waar jullie afspraak over gaat, in een paar woorden.'],
		['an empty wording', { wording: '', examples: [] }, 'wording', 'Schrijf hier wat jullie afspreken, in gewone zinnen.'],
		['a brace on the second line of the wording', { wording: 'Eerst dit.\nDan {dat}.' }, 'wording', /^Regel 2 van de tekst: tekst tussen accolades \{ \} is code/],
		['HTML in the second example', { examples: ['Goed.', 'Met <b>vet</b>.'] }, 'examples', /^Voorbeeld 2: HTML kan niet in een bijdrage \(<b>\)/],
		['a do that is too long', { do: ['Kort.', 'x'.repeat(2_001)] }, 'do', 'Punt 2: is te lang; verwacht hoogstens 2000 tekens.'],
		['the template’s own wording', { wording: templateText.wording }, 'wording', 'Regel 1 van de tekst: staat nog zoals in het sjabloon ("Schrijf hier in een paar zinnen…"); verwacht in jullie eigen woorden wat jullie afspreken. Vervang de tekst uit het sjabloon.'],
		['the template’s team', { team: templateText.team }, 'team', 'Staat nog zoals in het sjabloon ("Team …"); verwacht de naam van jullie team of MT. Vervang de tekst uit het sjabloon.'],
		['a wording of 120,000 characters', { wording: 'Een lange zin. '.repeat(8_000) }, 'wording', /^Jullie voorstel is te groot \(118 kB\); een bestand mag hoogstens 100 kB zijn\./],
	] as const)('%s', (_, change, field, message) => {
		const { problems } = checkProposal({ ...proposal, ...change } as Proposal);
		expect(problems).toEqual([{ field, message: typeof message === 'string' ? message : expect.stringMatching(message) }]);
		expect(problems[0]!.message).not.toMatch(/gevonden|\((rule|agreement)\)/);
	});

	test('the same check underneath: the form finds what npm run check finds in the same file, field for field', () => {
		const wrong = { ...proposal, team: 'Jan Jansen', title: '', do: ['x'.repeat(2_001)], wording: 'Met {accolades}.' };
		const { errors } = checkEntry('interpretations', proposalFile(wrong).text, 'voorstel.mdx');
		expect(errors.map((error) => error.field ?? 'tekst')).toEqual(['title', 'team', 'do, punt 1', 'tekst']);
		expect(checkProposal(wrong).problems.map((problem) => problem.field)).toEqual(['title', 'team', 'do', 'wording']);
	});

	test('a wording of 120,000 characters is refused as npm run check refuses the file it would make', () => {
		const long = { ...proposal, wording: 'Een lange zin. '.repeat(8_000) };
		const { path } = proposalLocation({ ...long, target: long.target! });
		const { errors } = loadHandbook(contentFixture({ [path]: proposalFile(long).text }));
		expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^is te groot \(118 kB\); een bestand mag hoogstens 100 kB zijn/)]);
	});
});
