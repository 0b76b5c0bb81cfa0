// Publishes a version of the handbook: freezes the content into content/versions/<number>/ with a
// manifest of checksums. Usage: npm run publiceer -- 0.6 --label "50-70%-versie" [--proef]
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { today } from '../src/lib/today.ts';
import { readOrganisation } from '../src/lib/content/load-handbook.ts';
import { unsetSettingsWarnings } from '../src/lib/content/unset-settings-warnings.ts';
import { changeSummary } from '../src/lib/versions/change-list.ts';
import { changesBetween } from '../src/lib/versions/changes.ts';
import { contentOf } from '../src/lib/versions/edition-content.ts';
import { pageChangesBetween } from '../src/lib/versions/page-changes.ts';
import { publishVersion } from '../src/lib/versions/publish.ts';
import { readPublishedVersions } from '../src/lib/versions/published-versions.ts';

const usage = [
	'Gebruik: npm run publiceer -- <nummer> --label "<naam>" [--proef]',
	'  <nummer>        het versienummer, zoals 0.6 of 1.0; hoger dan de laatste versie',
	'  --label "…"     de naam van de versie, zoals "50-70%-versie" (hoogstens 60 tekens, geen < > &)',
	'  --proef         zeg wat er gepubliceerd zou worden, maar schrijf niets',
].join('\n');

const optionErrors: Record<string, string> = {
	ERR_PARSE_ARGS_UNKNOWN_OPTION: 'deze optie bestaat niet',
	ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'na deze optie hoort een waarde',
};

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let values: { label?: string; proef?: boolean; help?: boolean };
let positionals: string[];
try {
	({ values, positionals } = parseArgs({
		args: process.argv.slice(2),
		strict: true,
		allowPositionals: true,
		options: { label: { type: 'string' }, proef: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
if (positionals.length !== 1) {
	fail(`${positionals.length === 0 ? 'Ontbreekt: het versienummer.' : `Geef één versienummer, niet ${positionals.length}: ${positionals.join(' ')}. Zet een naam met spaties tussen aanhalingstekens.`}\n\n${usage}`);
}
if (values.label === undefined) fail(`Ontbreekt: --label "<naam>".\n\n${usage}`);

const number = positionals[0]!;
let result: ReturnType<typeof publishVersion>;
try {
	result = publishVersion({ contentRoot, number, label: values.label, dryRun: values.proef ?? false, today: today() });
} catch (error) {
	// Writing failed (a full disk, no permission): publishVersion has removed what it wrote.
	fail(`Versie ${number} is niet gepubliceerd: het schrijven lukte niet (${(error as Error).message}). Er is niets achtergelaten; los het probleem op en probeer het opnieuw.`);
}
if ('errors' in result) fail(result.errors.join('\n'));
console.log(result.lines.join('\n'));

// What changed in the handbook itself, as the changes page of the new version will list it.
const previous = readPublishedVersions(contentRoot).versions.find((version) => version.number === result.manifest.previous);
if (previous) {
	const summary = changeSummary(
		changesBetween(contentOf({ contentFolder: previous.folder, published: true }), contentOf({ contentFolder: contentRoot, published: false })),
		pageChangesBetween(previous.folder, contentRoot),
	);
	console.log(`\nIn het handboek sinds versie ${previous.number}:\n${summary.map((line) => `  - ${line}`).join('\n')}`);
}
// Settings are not frozen: what the owner fills in later holds for every version at once.
const organisation = readOrganisation(contentRoot).data;
const unset = organisation ? unsetSettingsWarnings(organisation) : [];
if (unset.length > 0) console.log(`\nNog niet ingesteld (geldt meteen voor elke versie zodra het is ingevuld):\n${unset.map((line) => `  - ${line}`).join('\n')}`);
