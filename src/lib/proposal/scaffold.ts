import { parseArgs } from 'node:util';
import { interpretationSchema, levels } from '../../schemas/interpretation.ts';
import { checkEntry } from '../content/check-entry.ts';
import { parseWithDutchErrors } from '../content/error-map.ts';
import { idOf } from '../content/content-files.ts';
import { proposalFile, proposalLocation, type ProposalTarget } from './proposal-file.ts';
import { templateText } from './template-text.ts';

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
	'Let op de -- na voorstel: zonder die twee streepjes houdt npm de opties zelf.',
	'Ontbreekt er iets en draai je dit in een terminal, dan wordt ernaar gevraagd.',
].join('\n');

const optionNames = ['regel', 'afspraak', 'team', 'niveau', 'titel'] as const;

const optionErrors: Record<string, string> = {
	ERR_PARSE_ARGS_UNKNOWN_OPTION: 'deze optie bestaat niet',
	ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'na deze optie hoort een waarde',
	ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'zet een waarde met spaties tussen aanhalingstekens, zoals --team "Team Noord"',
};

/**
 * `npm run voorstel --regel x` (without `--` after voorstel) makes npm keep the options: it sets
 * npm_config_regel and passes only the values on. Those variables give the mistake away.
 */
export function forgottenDoubleDash(env: Record<string, string | undefined>): string | undefined {
	const kept = optionNames.filter((name) => env[`npm_config_${name}`] !== undefined).map((name) => `--${name}`);
	if (kept.length === 0) return undefined;
	const list = new Intl.ListFormat('nl', { type: 'conjunction' }).format(kept);
	return `npm heeft ${list} zelf gehouden, omdat de twee streepjes -- na "npm run voorstel" ontbreken. Zet -- na voorstel en typ de opdracht opnieuw, bijvoorbeeld:\n  npm run voorstel -- --regel respectvol-omgaan --team "Team Klantcontact Zuid" --niveau team --titel "Zo groeten we elkaar"`;
}

export function readScaffoldArgs(args: string[], env: Record<string, string | undefined> = {}): { answers: ScaffoldAnswers; help: boolean } | { error: string } {
	const forgotten = forgottenDoubleDash(env);
	if (forgotten) return { error: `${forgotten}\n\n${usage}` };
	try {
		const { values } = parseArgs({
			args,
			strict: true,
			allowPositionals: false,
			options: { ...Object.fromEntries(optionNames.map((name) => [name, { type: 'string' }] as const)), help: { type: 'boolean', short: 'h' } },
		});
		const { help = false, ...answers } = values as ScaffoldAnswers & { help?: boolean };
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

/** The schema field each question fills, checked on its own as soon as it is answered. */
const fieldOfQuestion = { team: 'team', niveau: 'level', titel: 'title' } as const;

/** What is wrong with one answer, by the check `npm run check` uses for that field; none when it is right. */
export function answerProblem(option: keyof typeof fieldOfQuestion, answer: string): string | undefined {
	const schema = interpretationSchema.shape[fieldOfQuestion[option]];
	return parseWithDutchErrors(schema, answer, '').errors[0]?.message;
}

/**
 * Asks, one question at a time, for what the command line left out. Each answer is checked right
 * away; a wrong one is explained and asked again, so nobody answers four questions to hear the
 * first was wrong.
 */
export async function askForMissing(
	answers: ScaffoldAnswers,
	ask: (question: string) => Promise<string>,
	targets: Targets,
	say: (message: string) => void = console.error,
): Promise<ScaffoldAnswers> {
	const completed = { ...answers };
	const askUntil = async (question: string, problemOf: (answer: string) => string | undefined): Promise<string> => {
		for (;;) {
			const answer = (await ask(question)).trim();
			const problem = problemOf(answer);
			if (!problem) return answer;
			say(`Dat kan niet: ${problem}. Probeer het nog eens.`);
		}
	};
	if (!completed.regel && !completed.afspraak) {
		const id = await askUntil(`Over welke regel of werkafspraak gaat het? Typ de id.\n${listTargets(targets)}\n> `, (answer) =>
			targets.rules.includes(answer) || targets.agreements.includes(answer) ? undefined : `er is geen regel of werkafspraak "${answer}"; kies een id uit de lijst`,
		);
		if (targets.agreements.includes(id) && !targets.rules.includes(id)) completed.afspraak = id;
		else completed.regel = id;
	}
	completed.team ||= await askUntil('Welk team of MT stelt dit voor? (bijvoorbeeld Team Klantcontact Noord) ', (answer) => answerProblem('team', answer));
	completed.niveau ||= await askUntil(`Op welk niveau? (${levels.join(', ')}) `, (answer) => answerProblem('niveau', answer));
	completed.titel ||= await askUntil('Waar gaat jullie afspraak over, in een paar woorden? (bijvoorbeeld Zo groeten we elkaar als we binnenkomen) ', (answer) => answerProblem('titel', answer));
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

/** The option an author typed for each field the check can name. */
const optionOfField: Record<string, string> = { title: '--titel', team: '--team', level: '--niveau', rule: '--regel', agreement: '--afspraak' };

/**
 * The new interpretation file from the answers: where it goes (relative to the content folder) and
 * its text, checked by the same check as `npm run check`; or what is wrong, per option. The text
 * of the template below the fields is the team's to replace: the check refuses it until they do,
 * so here only the fields the answers fill are held to it.
 */
export function scaffoldProposal(answers: ScaffoldAnswers, targets: Targets, date: string): { path: string; text: string; title: string } | { errors: string[] } {
	const resolved = resolveTarget(answers, targets);
	const target = 'target' in resolved ? resolved.target : { rule: 'onbekend' };
	const proposal = { target, team: answers.team ?? '', level: answers.niveau ?? '', title: answers.titel ?? '', date, wording: templateText.wording };
	const { path } = proposalLocation(proposal);
	const { text, wordingLine } = proposalFile(proposal);
	const fieldErrors = checkEntry('interpretations', text, path).errors.filter((error) => error.field !== undefined || (error.line ?? 0) < wordingLine);
	// Everything wrong at once: an unknown id does not hide a person's name in --team.
	const errors = [...('error' in resolved ? [resolved.error] : []), ...fieldErrors.map(({ field, message }) => `${optionOfField[field ?? ''] ?? field ?? path}: ${message}`)];
	return errors.length > 0 ? { errors } : { path, text, title: proposal.title.trim() };
}

/**
 * A word bash, zsh and PowerShell all read as one literal argument: as it is when it holds only
 * safe characters, else in single quotes, which none of them looks inside. A straight apostrophe
 * (MT's) cannot be written the same way in all three, so it becomes a typographic one (MT’s).
 */
export function pasteable(word: string): string {
	return /^[\w./:@=+-]+$/.test(word) ? word : `'${word.replace(/'/g, '’')}'`;
}

/** The branch a proposal is sent on: named after its file, so it is unique and tells what it holds. */
export const branchOf = (path: string) => `voorstel-${idOf(path)}`;

/** What to do after the file is written, with the real file, branch and title in every command. */
export function nextSteps({ file, title }: { file: string; title: string }): string {
	const branch = branchOf(file);
	const command = (line: string) => `     ${line}`;
	return [
		`Het voorstel staat in ${file}`,
		'',
		'Zo gaat het verder:',
		'1. Open het bestand. Vervang de tekst onder de tweede regel --- door wat jullie afspreken. Voorbeelden zet je',
		'   tussen <Voorbeeld> en </Voorbeeld>; wat jullie wel en niet doen en open vragen in do, dont en dilemmas',
		'   (zie CONTRIBUTING.md). Tot die tekst vervangen is, weigert de controle het voorstel.',
		'2. Controleer het bestand:',
		command('npm run check'),
		'3. Zet het in een eigen branch en leg het vast (elke regel is één opdracht):',
		command(`git switch -c ${pasteable(branch)}`),
		command(`git add ${pasteable(file)}`),
		command(`git commit -m ${pasteable(`Voorstel: ${title}`)}`),
		'4. Stuur het op, en maak daarna op de git-site een pull request:',
		command(`git push -u origin ${pasteable(branch)}`),
		'5. Loop de vragen in de pull request na; de controle draait daar opnieuw.',
	].join('\n');
}
