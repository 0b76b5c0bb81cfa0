import { parseArgs } from 'node:util';
import { levels } from '../../schemas/interpretation.ts';
import { checkEntry } from '../content/check-entry.ts';
import { proposalFile, proposalLocation, type ProposalTarget } from './proposal-file.ts';

/**
 * What `npm run voorstel` does, as small functions the tests call directly; scripts/propose.ts
 * only reads the command line, asks in the terminal and writes the file.
 */

/** The options, in Dutch as the author types them. */
export interface ScaffoldAnswers {
	regel?: string;
	afspraak?: string;
	team?: string;
	niveau?: string;
	titel?: string;
}

/** The ids an author can choose from: file names in content/rules and content/agreements. */
export interface Targets {
	rules: string[];
	agreements: string[];
}

export const usage = [
	'Gebruik: npm run voorstel -- --regel <id> --team "Team …" --niveau team --titel "Zo …"',
	`  --regel <id> of --afspraak <id>   de regel of werkafspraak die jullie uitleggen`,
	'  --team "…"                        het team of MT (nooit de naam van een persoon)',
	`  --niveau <niveau>                 ${levels.join(', ')}`,
	'  --titel "…"                       waar jullie afspraak over gaat, in een paar woorden',
	'Ontbreekt er iets en draai je dit in een terminal, dan wordt ernaar gevraagd.',
].join('\n');

const optionErrors: Record<string, string> = {
	ERR_PARSE_ARGS_UNKNOWN_OPTION: 'deze optie bestaat niet',
	ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'na deze optie hoort een waarde',
	ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'zet een waarde met spaties tussen aanhalingstekens, zoals --team "Team Noord"',
};

export function readScaffoldArgs(args: string[]): { answers: ScaffoldAnswers; help: boolean } | { error: string } {
	try {
		const { values } = parseArgs({
			args,
			strict: true,
			allowPositionals: false,
			options: {
				regel: { type: 'string' },
				afspraak: { type: 'string' },
				team: { type: 'string' },
				niveau: { type: 'string' },
				titel: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
		const { help = false, ...answers } = values;
		return { answers, help };
	} catch (error) {
		const { code, message } = error as { code?: string; message: string };
		const option = /'(-[^' ]+)/.exec(message)?.[1];
		return { error: `${option ? `${option}: ` : ''}${optionErrors[code ?? ''] ?? 'de opdracht klopt niet'}.\n\n${usage}` };
	}
}

/** The options still missing, as the author would type them. */
export function missingOptions(answers: ScaffoldAnswers): string[] {
	return [
		!answers.regel && !answers.afspraak && '--regel of --afspraak',
		!answers.team && '--team',
		!answers.niveau && '--niveau',
		!answers.titel && '--titel',
	].filter((option): option is string => Boolean(option));
}

/** Asks, one question at a time, for what the command line left out. */
export async function askForMissing(answers: ScaffoldAnswers, ask: (question: string) => Promise<string>, targets: Targets): Promise<ScaffoldAnswers> {
	const completed = { ...answers };
	if (!completed.regel && !completed.afspraak) {
		const id = (await ask(`Over welke regel of werkafspraak gaat het? Typ de id.\n${listTargets(targets)}\n> `)).trim();
		if (targets.agreements.includes(id) && !targets.rules.includes(id)) completed.afspraak = id;
		else completed.regel = id;
	}
	completed.team ||= (await ask('Welk team of MT stelt dit voor? (bijvoorbeeld Team Klantcontact Noord) ')).trim();
	completed.niveau ||= (await ask(`Op welk niveau? (${levels.join(', ')}) `)).trim();
	completed.titel ||= (await ask('Waar gaat jullie afspraak over, in een paar woorden? (bijvoorbeeld Zo groeten we elkaar als we binnenkomen) ')).trim();
	return completed;
}

function listTargets({ rules, agreements }: Targets): string {
	return [`Regels: ${rules.join(', ')}`, `Werkafspraken: ${agreements.join(', ')}`].join('\n');
}

/** The rule or agreement named on the command line, or why it cannot be used, with the ids that can. */
export function resolveTarget(answers: ScaffoldAnswers, targets: Targets): { target: ProposalTarget } | { error: string } {
	if (answers.regel && answers.afspraak) return { error: 'noem --regel of --afspraak, niet allebei' };
	if (answers.regel) {
		if (targets.rules.includes(answers.regel)) return { target: { rule: answers.regel } };
		const hint = targets.agreements.includes(answers.regel) ? ` "${answers.regel}" is een werkafspraak; gebruik --afspraak ${answers.regel}.` : '';
		return { error: `er is geen regel "${answers.regel}".${hint} Kies een van deze regels:\n${indent(targets.rules)}` };
	}
	const id = answers.afspraak ?? '';
	if (targets.agreements.includes(id)) return { target: { agreement: id } };
	const hint = targets.rules.includes(id) ? ` "${id}" is een regel; gebruik --regel ${id}.` : '';
	return { error: `er is geen werkafspraak "${id}".${hint} Kies een van deze werkafspraken:\n${indent(targets.agreements)}` };
}

const indent = (ids: string[]) => ids.map((id) => `      ${id}`).join('\n');

/** The text a new proposal starts with; the team replaces it with its own words. */
export const placeholderWording =
	'Schrijf hier in een paar zinnen wat jullie afspreken: hoe jullie dit in je eigen werk bedoelen. Markdown mag, zoals een *nadruk* of een lijst.';

/** The option an author typed for each field the check can name. */
const optionOfField: Record<string, string> = { title: '--titel', team: '--team', level: '--niveau', rule: '--regel', agreement: '--afspraak' };

/**
 * The new interpretation file from the answers: where it goes (relative to the content folder) and
 * its text, checked by the same check as `npm run check`; or what is wrong, per option.
 */
export function scaffoldProposal(answers: ScaffoldAnswers, targets: Targets, date: string): { path: string; text: string } | { errors: string[] } {
	const resolved = resolveTarget(answers, targets);
	const target = 'target' in resolved ? resolved.target : { rule: 'onbekend' };
	const proposal = { target, team: answers.team ?? '', level: answers.niveau ?? '', title: answers.titel ?? '', date, wording: placeholderWording };
	const { path } = proposalLocation(proposal);
	const { text } = proposalFile(proposal);
	// Everything wrong at once: an unknown id does not hide a person's name in --team.
	const errors = [
		...('error' in resolved ? [resolved.error] : []),
		...checkEntry('interpretations', text, path).errors.map(({ field, message }) => `${optionOfField[field ?? ''] ?? field ?? path}: ${message}`),
	];
	return errors.length > 0 ? { errors } : { path, text };
}

/** What to do after the file is written, in five steps. */
export function nextSteps(file: string): string {
	return [
		`Het voorstel staat in ${file}`,
		'',
		'Zo gaat het verder:',
		'1. Open het bestand. Vervang de tekst onder de tweede regel --- door wat jullie afspreken. Voorbeelden zet je',
		'   tussen <Voorbeeld> en </Voorbeeld>; wat jullie wel en niet doen en open vragen in do, dont en dilemmas (zie README.md).',
		'2. Controleer het bestand: npm run check',
		`3. Zet het in een eigen branch: git switch -c voorstel-<onderwerp> && git add ${file} && git commit -m "Voorstel: <titel>"`,
		'4. Stuur het op: git push -u origin HEAD, en maak op de git-site een pull request.',
		'5. Loop de vragen in de pull request na; de controle draait daar opnieuw.',
	].join('\n');
}
