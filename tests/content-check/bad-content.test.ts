import { describe, expect, test } from 'vitest';
import { formatErrorReport, type ContentError } from '../../src/lib/error-map.ts';
import { loadHandbook } from '../../src/lib/load-handbook.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const interpretation = (fields: string) => `title: Zo letten we op onze toon
team: Team Noord
level: team
date: 2025-05-12
wording: We spreken elkaar rustig aan.
${fields}
`;

/** Loads the minimal handbook with these changes and returns its errors. */
function errorsWith(changes: Record<string, string | null>): ContentError[] {
	const { handbook, errors } = loadHandbook(contentFixture(changes));
	expect(handbook, 'bad content must not produce a handbook').toBeUndefined();
	return errors;
}

describe('a content file with a mistake is refused with a Dutch message naming file, field and what was expected', () => {
	test('a missing field', () => {
		const [error, ...rest] = errorsWith({ 'interpretations/team-noord-toon.yaml': interpretation('rule: respectvol-omgaan') });
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ field: 'status', message: 'ontbreekt; verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen' });
		expect(error!.file).toMatch(/interpretations\/team-noord-toon\.yaml$/);
	});

	test('a field of the wrong type', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.yaml': 'theme: omgaan-met-anderen\nnumber: een\ntitle: T\ntext: T\nsource: {document: testplan, section: "1"}\n',
		});
		expect(error).toMatchObject({ field: 'number', message: 'verwacht een getal, gevonden: "een"' });
	});

	test('an unknown status', () => {
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': interpretation('rule: respectvol-omgaan\nstatus: klaar') });
		expect(error).toMatchObject({ field: 'status', message: 'verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar"' });
	});

	test('a duplicate id: two files with the same name in different folders', () => {
		const [error] = errorsWith({ 'interpretations/noord/team-noord-toon.yaml': interpretation('rule: respectvol-omgaan\nstatus: voorstel') });
		expect(error!.file).toMatch(/interpretations\/team-noord-toon\.yaml$/);
		expect(error!.message).toMatch(/^de id "team-noord-toon" bestaat al \(.*interpretations\/noord\/team-noord-toon\.yaml\); verwacht een bestandsnaam die nog niet in interpretations\/ voorkomt$/);
	});

	test('a reference to a rule that does not exist', () => {
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': interpretation('rule: respect\nstatus: voorstel') });
		expect(error).toMatchObject({
			field: 'rule',
			message: 'verwijst naar regel "respect", maar er is geen regel met die naam; verwacht de naam van een bestand in rules/ (zonder .yaml)',
		});
	});

	test('a reference to a term that does not exist, inside a list', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.yaml':
				'theme: omgaan-met-anderen\nnumber: 1\ntitle: T\ntext: T\nsource: {document: testplan, section: "1"}\nterms: [microagressie, bias]\n',
		});
		expect(error).toMatchObject({ field: 'terms, punt 2', message: expect.stringMatching(/^verwijst naar begrip "bias", maar er is geen begrip met die naam/) });
	});

	test('a reference to a source document that does not exist, in a nested field', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.yaml': 'theme: omgaan-met-anderen\nnumber: 1\ntitle: T\ntext: T\nsource: {document: onbekend, section: "1"}\n',
		});
		expect(error).toMatchObject({ field: 'source.document', message: expect.stringMatching(/^verwijst naar bron "onbekend"/) });
	});

	test('a misspelt field name', () => {
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': interpretation('rule: respectvol-omgaan\nstatus: voorstel\nstauts: voorstel') });
		expect(error).toMatchObject({ field: 'stauts', message: 'dit veld bestaat niet; controleer de spelling of haal het weg' });
	});

	test('a date not written as YYYY-MM-DD', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel').replace('2025-05-12', '12-05-2025');
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': text });
		expect(error).toMatchObject({ field: 'date', message: 'verwacht een datum als JJJJ-MM-DD (bijvoorbeeld 2025-05-12), gevonden: "12-05-2025"' });
	});

	test('a person instead of a team or MT', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel').replace('Team Noord', 'Anna de Vries');
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': text });
		expect(error!.field).toBe('team');
		expect(error!.message).toContain('begint met Team, MT, Afdelings-MT, Directie-MT (nooit de naam van een persoon)');
	});

	test('an interpretation of both a rule and an agreement', () => {
		const [error] = errorsWith({
			'interpretations/team-noord-toon.yaml': interpretation('rule: respectvol-omgaan\nagreement: samen-op-kantoor\nstatus: voorstel'),
		});
		expect(error).toMatchObject({ field: 'agreement', message: 'noem óf een regel (rule) óf een werkafspraak (agreement), niet allebei' });
	});

	test('an interpretation of neither a rule nor an agreement', () => {
		const [error] = errorsWith({ 'interpretations/team-noord-toon.yaml': interpretation('status: voorstel') });
		expect(error).toMatchObject({ field: 'rule', message: expect.stringMatching(/^ontbreekt: noem de regel/) });
	});

	test('a YAML syntax error names the line', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.yaml': 'number: 1\ntitle: Omgaan: met anderen\n' });
		expect(error!.field).toBeUndefined();
		expect(error!.message).toMatch(/^is geen geldige YAML op regel 2, kolom \d+: /);
	});

	test('the same field twice in one file', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.yaml': 'number: 1\ntitle: A\ntitle: B\n' });
		expect(error!.message).toMatch(/een veld staat twee keer in het bestand$/);
	});

	test('an empty file', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.yaml': '' });
		expect(error!.message).toBe('is leeg of bevat geen velden; verwacht regels als "title: ..."');
	});

	test('a Markdown file where a YAML file belongs', () => {
		const [error] = errorsWith({ 'interpretations/voorstel.md': '# Voorstel' });
		expect(error!.message).toBe('hoort hier niet; in interpretations/ staan alleen .yaml-bestanden, één per interpretatie');
	});

	test('a file name that cannot be an id', () => {
		const [error] = errorsWith({ 'terms/Psychologische Veiligheid.yaml': 'term: P\nsummary: S\n' });
		expect(error!.message).toMatch(/^de bestandsnaam is ook de id; verwacht kleine letters, cijfers en streepjes/);
	});

	test('two rules with the same number in one theme', () => {
		const [error] = errorsWith({
			'rules/ander.yaml': 'theme: omgaan-met-anderen\nnumber: 1\ntitle: T\ntext: T\nsource: {document: testplan, section: "1"}\n',
		});
		expect(error).toMatchObject({ field: 'number', message: expect.stringMatching(/^nummer 1 is in hetzelfde thema al gebruikt door .*rules\/ander\.yaml; verwacht een nummer dat nog vrij is$/) });
	});

	test('a broken organisation file', () => {
		const [error] = errorsWith({
			'organisation.yaml': 'handbookTitle: T\nname: T\nfullName: T\nparent: T\ncontactRoles: [{role: R, about: A}]\ncolours: {accent: blauw, accentLow: "#ffffff", accentHigh: "#000000"}\n',
		});
		expect(error).toMatchObject({ field: 'colours.accent', message: 'verwacht een kleur als #RRGGBB (bijvoorbeeld #004699), gevonden: "blauw"' });
	});
});

describe('the content check as a whole', () => {
	test('reports every mistake at once, not just the first', () => {
		const errors = errorsWith({
			'themes/omgaan-met-anderen.yaml': 'number: 1\n',
			'interpretations/team-noord-toon.yaml': interpretation('rule: respect\nstatus: voorstel'),
		});
		expect(errors.map((error) => error.field)).toEqual(['title', 'rule']);
	});

	test('the report says how many mistakes there are and lists them as file — field: message', () => {
		const report = formatErrorReport([{ file: 'content/themes/a.yaml', field: 'title', message: 'ontbreekt; verwacht tekst' }]);
		expect(report).toBe('De inhoud van het handboek bevat 1 fout:\n  - content/themes/a.yaml — veld "title": ontbreekt; verwacht tekst');
	});

	test('the minimal handbook is valid and keeps dates as written', () => {
		const { handbook, errors } = loadHandbook(contentFixture());
		expect(errors).toEqual([]);
		expect(handbook!.interpretations.get('team-noord-toon')!.data.date).toBe('2025-05-12');
		expect(handbook!.rules.get('respectvol-omgaan')!.data.terms).toEqual(['microagressie']);
	});
});
