// Writes a new interpretation from the template: the wording a team or MT proposes for a rule or
// work agreement. Usage: npm run voorstel -- --regel <id> --team "Team …" --niveau team --titel "…"
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { collections } from '../src/schemas/collections.ts';
import { displayPath, idOf, listCollectionFiles } from '../src/lib/content/content-files.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { today } from '../src/lib/today.ts';
import { askForMissing, missingOptions, nextSteps, readScaffoldArgs, scaffoldProposal, usage, type ScaffoldAnswers, type Targets } from '../src/lib/proposal/scaffold.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** The ids of a collection, found as the content check finds them. */
const idsOf = (name: keyof typeof collections) => listCollectionFiles(join(contentRoot, collections[name].directory)).map(idOf);

const parsed = readScaffoldArgs(process.argv.slice(2), process.env);
if ('error' in parsed) fail(parsed.error);
if (parsed.help) {
	console.log(usage);
	process.exit(0);
}

const targets: Targets = { rules: idsOf('rules'), agreements: idsOf('agreements') };
let answers = parsed.answers;
const missing = missingOptions(answers);
if (missing.length > 0) {
	// Without a terminal (a script, CI) nobody can answer: say what to add instead of waiting.
	if (!process.stdin.isTTY) fail(`Ontbreekt: ${missing.join(', ')}.\n\n${usage}`);
	answers = await askInTerminal(answers);
}

const result = scaffoldProposal(answers, targets, today());
if ('errors' in result) fail(`Het voorstel is niet gemaakt:\n${result.errors.map((error) => `  - ${error}`).join('\n')}`);

const absolutePath = join(contentRoot, result.path);
// Ids are unique across all interpretations, whatever folder they are in; a file already at this
// path is one of them.
if (idsOf('interpretations').includes(idOf(result.path))) {
	fail(`Er is al een afspraak met de naam ${basename(result.path)}; kies een andere titel met --titel.`);
}
mkdirSync(dirname(absolutePath), { recursive: true });
writeFileSync(absolutePath, result.text);
console.log(nextSteps({ file: displayPath(absolutePath), title: result.title }));

/** Asks for what is missing; Ctrl+C or Ctrl+D stops quietly, before anything is written. */
async function askInTerminal(given: ScaffoldAnswers): Promise<ScaffoldAnswers> {
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	const stopped = () => fail('\nGestopt. Er is niets geschreven.');
	// Ctrl+D closes the input: no answer will come.
	terminal.once('close', stopped);
	try {
		return await askForMissing(given, (question) => terminal.question(question), targets);
	} catch (error) {
		// Ctrl+C rejects the open question.
		if ((error as { code?: string }).code === 'ABORT_ERR') stopped();
		throw error;
	} finally {
		terminal.off('close', stopped);
		terminal.close();
	}
}
