import { describe, expect, test } from 'vitest';
import { join, relative } from 'node:path';
import { formatErrorReport, type ContentError } from '../../src/lib/content/error-map.ts';
import { checkEntry } from '../../src/lib/content/check-entry.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { proposalFile } from '../../src/lib/proposal/proposal-file.ts';
import { templateProposal, templateText } from '../../src/lib/proposal/template-text.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

/** An MDX file: fields as frontmatter, then the body. */
const mdx = (fields: string, body = '') => `---\n${fields}\n---\n${body && `\n${body}\n`}`;

const interpretation = (fields: string, body = 'We spreken elkaar rustig aan.') =>
	mdx(`title: Zo letten we op onze toon\nteam: Team Noord\nlevel: team\ndate: 2025-05-12\n${fields}`, body);

const rule = (fields: string) => mdx(`theme: omgaan-met-anderen\ntitle: T\ntext: T\n${fields}`);

/** Loads the minimal handbook with these changes and returns its errors. */
function errorsWith(changes: Record<string, string | null>): ContentError[] {
	const { handbook, errors } = loadHandbook(contentFixture(changes));
	expect(handbook, 'bad content must not produce a handbook').toBeUndefined();
	return errors;
}

describe('a content file with a mistake is refused with a Dutch message naming file, field and what was expected', () => {
	test('a missing field', () => {
		const [error, ...rest] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan') });
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ field: 'status', message: 'ontbreekt; verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen' });
		expect(error!.file).toMatch(/interpretations\/respectvol-omgaan\/team-noord-toon\.mdx$/);
	});

	test('a field of the wrong type', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.mdx': rule('number: een\nsource: {document: testplan, section: "1"}'),
		});
		expect(error).toMatchObject({ field: 'number', message: 'verwacht een getal, gevonden: "een"' });
	});

	test('an unknown status', () => {
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: klaar') });
		expect(error).toMatchObject({ field: 'status', message: 'verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar"' });
	});

	test('a duplicate id: two files with the same name in different folders', () => {
		const [error] = errorsWith({ 'interpretations/noord/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: voorstel') });
		expect(error!.file).toMatch(/interpretations\/respectvol-omgaan\/team-noord-toon\.mdx$/);
		expect(error!.message).toMatch(/^de id "team-noord-toon" bestaat al \(.*interpretations\/noord\/team-noord-toon\.mdx\); verwacht een bestandsnaam die nog niet in interpretations\/ voorkomt$/);
	});

	test('a reference to a rule that does not exist', () => {
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respect\nstatus: voorstel') });
		expect(error).toMatchObject({
			field: 'rule',
			message: 'verwijst naar regel "respect", maar er is geen regel met die naam; verwacht de naam van een bestand in rules/ (zonder .mdx)',
		});
	});

	test('a reference to a term that does not exist, inside a list', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.mdx': rule('number: 1\nsource: {document: testplan, section: "1"}\nterms: [microagressie, bias]'),
		});
		expect(error).toMatchObject({ field: 'terms, punt 2', message: expect.stringMatching(/^verwijst naar begrip "bias", maar er is geen begrip met die naam/) });
	});

	test('a reference to a source document that does not exist, in a nested field', () => {
		const [error] = errorsWith({
			'rules/respectvol-omgaan.mdx': rule('number: 1\nsource: {document: onbekend, section: "1"}'),
		});
		expect(error).toMatchObject({ field: 'source.document', message: expect.stringMatching(/^verwijst naar bron "onbekend"/) });
	});

	test('a misspelt field name', () => {
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: voorstel\nstauts: voorstel') });
		expect(error).toMatchObject({ field: 'stauts', message: 'dit veld bestaat niet; controleer de spelling of haal het weg' });
	});

	test('a date not written as YYYY-MM-DD', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel').replace('2025-05-12', '12-05-2025');
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': text });
		expect(error).toMatchObject({ field: 'date', message: 'verwacht een datum als JJJJ-MM-DD (bijvoorbeeld 2025-05-12), gevonden: "12-05-2025"' });
	});

	test('a person instead of a team or MT', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel').replace('Team Noord', 'Anna de Vries');
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': text });
		expect(error!.field).toBe('team');
		expect(error!.message).toContain('begint met Team, MT, Afdelings-MT, Directie-MT (nooit de naam van een persoon)');
	});

	test('an interpretation of both a rule and an agreement', () => {
		const [error] = errorsWith({
			'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nagreement: samen-op-kantoor\nstatus: voorstel'),
		});
		expect(error).toMatchObject({ field: 'agreement', message: 'noem óf een regel (rule) óf een werkafspraak (agreement), niet allebei' });
	});

	test('an interpretation of neither a rule nor an agreement', () => {
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('status: voorstel') });
		expect(error).toMatchObject({ field: 'rule', message: expect.stringMatching(/^ontbreekt: noem de regel/) });
	});

	test('a YAML syntax error names the line', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.mdx': mdx('number: 1\ntitle: Omgaan: met anderen') });
		expect(error!.field).toBeUndefined();
		expect(error).toMatchObject({ line: 3, message: expect.stringMatching(/^is geen geldige YAML: /) });
	});

	test('the same field twice in one file', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.mdx': mdx('number: 1\ntitle: A\ntitle: B') });
		expect(error!.message).toMatch(/een veld staat twee keer in het bestand$/);
	});

	test('an empty file', () => {
		const [error] = errorsWith({ 'themes/omgaan-met-anderen.mdx': '' });
		expect(error!.message).toMatch(/^begint niet met de gegevens van de pagina; verwacht op de eerste regel ---/);
	});

	test('a Markdown file where an MDX file belongs', () => {
		const [error] = errorsWith({ 'interpretations/voorstel.md': '# Voorstel' });
		expect(error!.message).toBe('hoort hier niet; in interpretations/ staan alleen .mdx-bestanden, één per afspraak van een team of MT');
	});

	test('a file name that cannot be an id', () => {
		const [error] = errorsWith({ 'terms/Psychologische Veiligheid.yaml': 'term: P\nsummary: S\n' });
		expect(error!.message).toMatch(/^de bestandsnaam is ook de id; verwacht hoogstens 100 kleine letters, cijfers en streepjes/);
	});

	test('two rules with the same number in one theme', () => {
		const [error] = errorsWith({
			'rules/ander.mdx': rule('number: 1\nsource: {document: testplan, section: "1"}'),
		});
		expect(error).toMatchObject({ field: 'number', message: expect.stringMatching(/^nummer 1 is in hetzelfde thema al gebruikt door .*rules\/ander\.mdx; verwacht een nummer dat nog vrij is$/) });
	});

	test('a broken organisation file', () => {
		const [error] = errorsWith({
			'organisation.yaml':
				'handbookTitle: T\nname: T\nfullName: T\nparent: T\ncontact: R\nhelpRoles: [{role: R, about: A}]\naskInstead: {who: je leidinggevende, why: W, rule: respectvol-omgaan}\ncolours: {accent: blauw, accentLow: "#ffffff", accentHigh: "#000000"}\n',
		});
		expect(error).toMatchObject({ field: 'colours.accent', message: 'verwacht een kleur als #RRGGBB (bijvoorbeeld #004699), gevonden: "blauw"' });
	});
});

describe('the content check as a whole', () => {
	test('reports every mistake at once, not just the first', () => {
		const errors = errorsWith({
			'themes/omgaan-met-anderen.mdx': mdx('number: 1'),
			'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respect\nstatus: voorstel'),
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

describe('an interpretation stands in the folder of the rule or agreement it explains', () => {
	const shown = (content: string, path: string) => relative(process.cwd(), join(content, path));

	test('one in another rule’s folder is refused, naming the folder it belongs in and how to fix it', () => {
		const content = contentFixture({
			'interpretations/respectvol-omgaan/team-noord-toon.mdx': null,
			'interpretations/niet-pesten/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: voorstel'),
			'rules/niet-pesten.mdx': rule('number: 2\nsource: {document: testplan, section: "1"}'),
		});
		const { handbook, errors } = loadHandbook(content);
		expect(handbook).toBeUndefined();
		expect(errors).toEqual([
			{
				file: shown(content, 'interpretations/niet-pesten/team-noord-toon.mdx'),
				line: 6,
				field: 'rule',
				message: `staat in de map interpretations/niet-pesten/, maar gaat over regel "respectvol-omgaan"; verwacht het bestand in de map ${shown(content, 'interpretations/respectvol-omgaan')}/. Verplaats het bestand naar die map, of noem bij rule de regel van de map waar het nu staat.`,
			},
		]);
	});

	test('one loose in interpretations/ is refused', () => {
		const [error, ...rest] = errorsWith({
			'interpretations/respectvol-omgaan/team-noord-toon.mdx': null,
			'interpretations/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: voorstel'),
		});
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ field: 'rule', message: expect.stringMatching(/^staat los in de map interpretations\/, niet in de map van de regel waar het over gaat \("respectvol-omgaan"\); verwacht het bestand in de map .*interpretations\/respectvol-omgaan\/\. Verplaats het bestand naar die map\.$/) });
	});

	test('one about an agreement belongs in the agreement’s folder', () => {
		const [error] = errorsWith({ 'interpretations/respectvol-omgaan/team-zuid-kantoor.mdx': interpretation('agreement: samen-op-kantoor\nstatus: voorstel') });
		expect(error).toMatchObject({ field: 'agreement', message: expect.stringMatching(/^staat in de map interpretations\/respectvol-omgaan\/, maar gaat over werkafspraak "samen-op-kantoor"; verwacht het bestand in de map .*interpretations\/samen-op-kantoor\//) });
	});

	test('a rule that does not exist is reported once, as a reference to nothing, not also as a wrong folder', () => {
		const errors = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respect\nstatus: voorstel') });
		expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^verwijst naar regel "respect"/)]);
	});
});

describe('the untouched text of a template is refused, field by field and line by line', () => {
	test('the template of the proposal page, copied into the right folder with a real rule and date, still fails on every placeholder', () => {
		const copied = proposalFile(templateProposal).text.replace('id-van-de-regel', 'respectvol-omgaan').replace("'JJJJ-MM-DD'", '2026-12-03').replace('JJJJ-MM-DD', '2026-12-03');
		const errors = errorsWith({ 'interpretations/respectvol-omgaan/team-zuid-toon.mdx': copied });
		const lineOf = (text: string) => copied.split('\n').findIndex((line) => line.includes(text)) + 1;
		expect(errors.map(({ field, line }) => field ?? `regel ${line}`)).toEqual(['title', 'team', 'do, punt 1', 'dont, punt 1', 'dilemmas, punt 1', `regel ${lineOf('Schrijf hier')}`, `regel ${lineOf(templateText.example)}`]);
		expect(errors[1]).toMatchObject({ line: lineOf('team:'), message: 'staat nog zoals in het sjabloon ("Team …"); verwacht de naam van jullie team of MT. Vervang de tekst uit het sjabloon' });
		expect(errors[2]!.message).toBe('staat nog zoals in het sjabloon ("Wat we wel doen"); verwacht iets wat jullie wel doen. Vervang de tekst uit het sjabloon, of haal het punt weg');
	});

	test('the instruction npm run voorstel writes is refused also when the team only added to it, and in any spacing', () => {
		const [error] = errorsWith({
			'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation('rule: respectvol-omgaan\nstatus: voorstel', `Wij groeten elkaar.\n\nSCHRIJF  hier in een paar zinnen wat jullie afspreken: dat doen we.`),
		});
		expect(error).toMatchObject({ line: 12, message: expect.stringMatching(/^staat nog zoals in het sjabloon \("Schrijf hier in een paar zinnen…"\)/) });
	});

	test('a team’s own words that share a few words with the template pass', () => {
		const { errors } = loadHandbook(
			contentFixture({
				'interpretations/respectvol-omgaan/team-noord-toon.mdx': interpretation(
					'rule: respectvol-omgaan\nstatus: voorstel\ndo: [Wat we wel doen bij een conflict, bespreken we samen]',
					'Een voorbeeld uit ons werk: een collega komt te laat.\n\nSchrijf hier gerust je vragen bij.',
				),
			}),
		);
		expect(errors).toEqual([]);
	});

	test('a frozen version is not held to it: it passed the check of its day', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel').replace('Team Noord', templateText.team);
		expect(checkEntry('interpretations', text, 'x.mdx', { checkBody: false }).errors).toEqual([]);
		expect(checkEntry('interpretations', text, 'x.mdx').errors.map((error) => error.field)).toEqual(['team']);
	});
});

describe('a file too large is refused, on disk and as text alike', () => {
	test('the check of a text refuses what the check of a file refuses, with the same words', () => {
		const text = interpretation('rule: respectvol-omgaan\nstatus: voorstel', 'x'.repeat(100 * 1024));
		const [onDisk] = errorsWith({ 'interpretations/respectvol-omgaan/team-noord-toon.mdx': text });
		const [asText, ...rest] = checkEntry('interpretations', text, onDisk!.file).errors;
		expect(rest).toEqual([]);
		expect(asText).toEqual(onDisk);
		expect(asText!.message).toMatch(/^is te groot \(101 kB\); een bestand mag hoogstens 100 kB zijn/);
	});
});
