import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { today } from '../../src/lib/today.ts';
import { nextSteps } from '../../src/lib/versions/next-steps.ts';
import { planVersion, unansweredQuestions, writeVersion, type PublishPlan } from '../../src/lib/versions/publish.ts';
import { readPublishedVersions } from '../../src/lib/versions/published-versions.ts';
import { proposedNumbers } from '../../src/lib/versions/version-number.ts';
import { swallowedByNpm } from './npm-options.ts';

const usage = [
	'Gebruik: npm run publiceer -- <nummer> --label "<naam>" [--proef] [--bevestig]',
	'  <nummer>        het versienummer, zoals 0.6 of 1.0; hoger dan de laatste versie',
	'  --label "…"     de naam van de versie, zoals "50-70%-versie" (hoogstens 60 tekens, geen < of >)',
	'  --proef         zeg wat er gepubliceerd zou worden, maar schrijf niets',
	'  --bevestig      beantwoord elke vraag met ja (een ongewoon nummer, 1.0, een versie zonder wijziging)',
	'Zet altijd -- na publiceer: anders houdt npm de opties voor zichzelf.',
].join('\n');

const optionErrors: Record<string, string> = {
	ERR_PARSE_ARGS_UNKNOWN_OPTION: 'deze optie bestaat niet',
	ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'na deze optie hoort een waarde',
};

/** Where the command reads its content and talks to the lead: the process's own in scripts/publish.ts, a test's own in a test. */
export interface PublishCommandIo {
	contentRoot: string;
	/** The environment npm leaves options it took for itself in (npm_config_*). */
	env: NodeJS.ProcessEnv;
	/** Writes a line to standard output, or to standard error. */
	log: (line: string) => void;
	error: (line: string) => void;
	/** A terminal to ask questions at; without one (CI, a pipe) a question refuses and names --bevestig. */
	terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

/** A refusal: its message goes to standard error and the command ends with status 1. */
class Refused extends Error {}

/**
 * `npm run publiceer -- <nummer> --label "<naam>" [--proef] [--bevestig]`: reads the command line,
 * asks and prints; src/lib/versions/publish.ts does the work. Returns the exit status.
 */
export async function publishCommand(args: string[], io: PublishCommandIo): Promise<number> {
	try {
		return await run(args, io);
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		io.error(error.message);
		return 1;
	}
}

function fail(message: string): never {
	throw new Refused(message);
}

async function run(args: string[], { contentRoot, env, log, terminal }: PublishCommandIo): Promise<number> {
	// `npm run publiceer 0.6 --label "X"` without `--`: npm keeps --label for itself and passes "X" on.
	const swallowed = swallowedByNpm({ script: 'publiceer', positionals: 1, options: { label: 'value', proef: 'flag', bevestig: 'flag' } }, args, env);
	if (swallowed) fail(`${swallowed}\n\n${usage}`);

	let values: { label?: string; proef?: boolean; bevestig?: boolean; help?: boolean };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args,
			strict: true,
			allowPositionals: true,
			options: { label: { type: 'string' }, proef: { type: 'boolean' }, bevestig: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
		}));
	} catch (error) {
		const { code, message } = error as { code?: string; message: string };
		const option = /'(-[^' ]+)/.exec(message)?.[1];
		fail(`${option ? `${option}: ` : ''}${optionErrors[code ?? ''] ?? 'de opdracht klopt niet'}.\n\n${usage}`);
	}
	if (values.help) {
		log(usage);
		return 0;
	}
	const last = readPublishedVersions(contentRoot, { verify: false }).versions.at(-1)?.number;
	if (positionals.length !== 1) {
		fail(
			`${positionals.length === 0 ? `Ontbreekt: het versienummer. De volgende versie is ${proposedNumbers(last)}.` : `Geef één versienummer, niet ${positionals.length}: ${positionals.join(' ')}. Zet een naam met spaties tussen aanhalingstekens.`}\n\n${usage}`,
		);
	}
	if (values.label === undefined) fail(`Ontbreekt: --label "<naam>".\n\n${usage}`);

	const number = positionals[0]!;
	const plan = planVersion({ contentRoot, number, label: values.label, dryRun: values.proef ?? false, today: today() });
	if ('errors' in plan) fail(plan.errors.join('\n'));
	for (const note of plan.notes) log(note);
	if (!(await answeredYes(plan, values.bevestig ?? false, log, terminal))) fail(`Versie ${number} is niet gepubliceerd; er is niets geschreven.`);

	let written: ReturnType<typeof writeVersion>;
	try {
		written = writeVersion(plan);
	} catch (error) {
		// Writing failed (a full disk, no permission): writeVersion has removed what it wrote.
		fail(`Versie ${number} is niet gepubliceerd: het schrijven lukte niet (${(error as Error).message}). Er is niets achtergelaten; los het probleem op en probeer het opnieuw.`);
	}
	log([...written.lines, '', ...plan.report].join('\n'));
	if (plan.request.dryRun) {
		log(`\nPubliceer echt door dezelfde opdracht te geven zonder --proef.${plan.questions.length > 0 ? ' Dan vraagt de opdracht eerst:' : ''}`);
		for (const question of plan.questions) log(`  - ${question}`);
	} else {
		const repository = readOrganisation(contentRoot).data?.repository;
		log(`\n${nextSteps({ number, label: written.manifest.label, folder: plan.folder, git: plan.git, ...(repository ? { repository } : {}) }).join('\n')}`);
		log('Verander niets in die map: wijzigingen horen in de werkversie.');
	}
	return 0;
}

/**
 * Every question needs a yes before anything is written: --bevestig gives it, a person at a
 * terminal types it, and without a terminal (CI) the command refuses and names --bevestig.
 */
async function answeredYes(plan: PublishPlan, confirmed: boolean, log: (line: string) => void, terminal: PublishCommandIo['terminal']): Promise<boolean> {
	const { questions, request } = plan;
	if (questions.length === 0 || request.dryRun) return true;
	if (confirmed) {
		for (const question of questions) log(`${question} Ja (--bevestig).`);
		return true;
	}
	if (!terminal) fail([`Versie ${request.number} is niet gepubliceerd; er is niets geschreven:`, ...unansweredQuestions(plan)].join('\n'));
	const asking = createInterface({ input: terminal.input, output: terminal.output });
	try {
		for (const question of questions) {
			const answer = (await asking.question(`${question} (ja/nee) `)).trim().toLowerCase();
			if (answer !== 'ja' && answer !== 'j') return false;
		}
		return true;
	} finally {
		asking.close();
	}
}
