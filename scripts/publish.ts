// Publishes a version of the handbook: freezes the content into content/versions/<number>/ with a
// manifest of checksums. Usage: npm run publiceer -- 0.6 --label "50-70%-versie" [--proef] [--bevestig]
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { readOrganisation } from '../src/lib/content/load-handbook.ts';
import { today } from '../src/lib/today.ts';
import { nextSteps } from '../src/lib/versions/next-steps.ts';
import { planVersion, unansweredQuestions, writeVersion, type PublishPlan } from '../src/lib/versions/publish.ts';
import { readPublishedVersions } from '../src/lib/versions/published-versions.ts';
import { proposedNumbers } from '../src/lib/versions/version-number.ts';
import { swallowedByNpm } from './lib/npm-options.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

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

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

// `npm run publiceer 0.6 --label "X"` without `--`: npm keeps --label for itself and passes "X" on.
const swallowed = swallowedByNpm({ script: 'publiceer', positionals: 1, options: { label: 'value', proef: 'flag', bevestig: 'flag' } }, process.argv.slice(2));
if (swallowed) fail(`${swallowed}\n\n${usage}`);

let values: { label?: string; proef?: boolean; bevestig?: boolean; help?: boolean };
let positionals: string[];
try {
	({ values, positionals } = parseArgs({
		args: process.argv.slice(2),
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
	console.log(usage);
	process.exit(0);
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
for (const note of plan.notes) console.log(note);
if (!(await answeredYes(plan))) fail(`Versie ${number} is niet gepubliceerd; er is niets geschreven.`);

let written: ReturnType<typeof writeVersion>;
try {
	written = writeVersion(plan);
} catch (error) {
	// Writing failed (a full disk, no permission): writeVersion has removed what it wrote.
	fail(`Versie ${number} is niet gepubliceerd: het schrijven lukte niet (${(error as Error).message}). Er is niets achtergelaten; los het probleem op en probeer het opnieuw.`);
}
console.log([...written.lines, '', ...plan.report].join('\n'));
if (plan.request.dryRun) {
	console.log(`\nPubliceer echt door dezelfde opdracht te geven zonder --proef.${plan.questions.length > 0 ? ' Dan vraagt de opdracht eerst:' : ''}`);
	for (const question of plan.questions) console.log(`  - ${question}`);
} else {
	const repository = readOrganisation(contentRoot).data?.repository;
	console.log(`\n${nextSteps({ number, label: written.manifest.label, folder: plan.folder, git: plan.git, ...(repository ? { repository } : {}) }).join('\n')}`);
	console.log('Verander niets in die map: wijzigingen horen in de werkversie.');
}

/**
 * Every question needs a yes before anything is written: --bevestig gives it, a person at a
 * terminal types it, and without a terminal (CI) the command refuses and names --bevestig.
 */
async function answeredYes({ questions, request }: PublishPlan): Promise<boolean> {
	if (questions.length === 0 || request.dryRun) return true;
	if (values.bevestig) {
		for (const question of questions) console.log(`${question} Ja (--bevestig).`);
		return true;
	}
	if (!process.stdin.isTTY) fail([`Versie ${number} is niet gepubliceerd; er is niets geschreven:`, ...unansweredQuestions(plan as PublishPlan)].join('\n'));
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	try {
		for (const question of questions) {
			const answer = (await terminal.question(`${question} (ja/nee) `)).trim().toLowerCase();
			if (answer !== 'ja' && answer !== 'j') return false;
		}
		return true;
	} finally {
		terminal.close();
	}
}
