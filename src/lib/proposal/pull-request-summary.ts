import type { Interpretation } from '../../schemas/interpretation.ts';
import { checkEntry } from '../content/check-entry.ts';
import { formatDate } from '../interpretations.ts';
import { describeTeam, fictitiousLabel, levelLabels } from '../labels.ts';
import { statusDescriptions } from '../statuses.ts';
import { wordingFields } from '../versions/field-differences.ts';
import { plainTextOf } from '../versions/word-diff.ts';

/**
 * What `npm run samenvatting` writes for a pull request: in Dutch, for whoever reviews it, what
 * each interpretation it adds or changes says, as readers will see it. The content check says
 * what is wrong; this says what is proposed. scripts/pull-request-summary.ts asks git which files
 * changed and hands their texts here.
 */

/** One interpretation file the pull request adds, changes or removes. */
export interface ChangedInterpretation {
	/** Path from the repository root, as the pull request shows it. */
	file: string;
	/** The file as proposed; absent when the pull request removes it. */
	text?: string;
	/** The file on the base branch; absent when the pull request adds it. */
	before?: string;
}

export interface SummaryInput {
	interpretations: ChangedInterpretation[];
	/** Other changed files under content/, from the repository root. */
	otherFiles: string[];
	/** The title of a rule or work agreement by its id, when it exists. */
	titleOf: (target: 'rule' | 'agreement', id: string) => string | undefined;
}

/** Other files listed by name; a new version adds hundreds, so beyond this only a count. */
const otherFilesListed = 20;

export function pullRequestSummary({ interpretations, otherFiles, titleOf }: SummaryInput): string {
	const lines = ['## Wat deze pull request voorstelt', ''];
	if (interpretations.length === 0) lines.push('Deze pull request voegt geen afspraak van een team of MT toe en verandert er geen.', '');
	for (const changed of interpretations) lines.push(...describeChange(changed, titleOf), '');
	if (otherFiles.length > 0) {
		lines.push(`**Verder verandert in \`content/\`:** ${otherFiles.length === 1 ? '1 bestand' : `${otherFiles.length} bestanden`}.`, '');
		lines.push(...otherFiles.slice(0, otherFilesListed).map((file) => `- \`${file}\``));
		if (otherFiles.length > otherFilesListed) lines.push(`- en nog ${otherFiles.length - otherFilesListed}`);
		lines.push('');
	}
	return lines.join('\n');
}

/** The fields of an interpretation as written, whether or not the check accepts them. */
interface Written {
	data: Partial<Record<keyof Interpretation, unknown>>;
	body: string;
	valid: boolean;
}

function read(text: string, file: string): Written {
	const checked = checkEntry('interpretations', text, file);
	return { data: checked.data ?? checked.written ?? {}, body: checked.body, valid: checked.data !== undefined };
}

const asText = (value: unknown) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined);
const asList = (value: unknown) => (Array.isArray(value) ? value.map(asText).filter((item): item is string => Boolean(item)) : []);

function describeChange({ file, text, before }: ChangedInterpretation, titleOf: SummaryInput['titleOf']): string[] {
	if (text === undefined) {
		const title = before === undefined ? undefined : asText(read(before, file).data.title);
		return [`### Weggehaald: ${plain(title ?? file)}`, '', `Het bestand \`${file}\` verdwijnt uit de werkversie.`];
	}
	const { data, body, valid } = read(text, file);
	const status = asText(data.status);
	const statusBefore = before === undefined ? undefined : asText(read(before, file).data.status);
	const level = asText(data.level);
	const team = asText(data.team);
	const date = asText(data.date);
	const description = status && status in statusDescriptions ? statusDescriptions[status as Interpretation['status']] : undefined;

	const lines = [`### ${before === undefined ? 'Nieuw' : 'Gewijzigd'}: ${plain(asText(data.title) ?? file)}`, ''];
	lines.push(`- **Hoort bij:** ${describeTarget(data, titleOf)}`);
	lines.push(`- **Van:** ${team ? plain(level && level in levelLabels ? describeTeam(team, level as Interpretation['level']) : team) : 'niet ingevuld'}`);
	lines.push(`- **Niveau:** ${level ? plain(levelLabels[level as Interpretation['level']] ?? level) : 'niet ingevuld'}`);
	const statusText = description ? description.label : status ? plain(status) : 'niet ingevuld';
	const since = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? ` sinds ${formatDate(date)}` : '';
	const was = statusBefore && statusBefore !== status ? ` (was: ${statusDescriptions[statusBefore as Interpretation['status']]?.label ?? plain(statusBefore)})` : '';
	lines.push(`- **Status:** ${statusText}${since}${was}`);
	if (data.fictitious === true) lines.push(`- **${fictitiousLabel}:** dit is geen echte afspraak`);
	lines.push(`- **Bestand:** \`${file}\``);
	if (!valid) lines.push('', '> [!WARNING]', '> Dit bestand heeft nog fouten. De controle zet ze bij de regels van het bestand; hieronder staat wat er nu in staat.');

	lines.push('', `**${description?.wordingHeading ?? 'Formulering'}**`, '');
	const paragraphs = plainTextOf(body).split('\n\n').filter(Boolean);
	lines.push(...(paragraphs.length > 0 ? paragraphs.map((paragraph) => `> ${plain(paragraph)}`).join('\n>\n').split('\n') : ['_(nog geen tekst)_']));
	for (const field of ['do', 'dont', 'dilemmas'] as const) {
		const items = asList(data[field]);
		if (items.length > 0) lines.push('', `**${wordingFields[field]}**`, '', ...items.map((item) => `- ${plain(item)}`));
	}
	return lines;
}

function describeTarget(data: Written['data'], titleOf: SummaryInput['titleOf']): string {
	const rule = asText(data.rule);
	const agreement = asText(data.agreement);
	const [target, id] = rule ? (['rule', rule] as const) : agreement ? (['agreement', agreement] as const) : [];
	if (!target || !id) return 'geen regel of werkafspraak genoemd';
	const noun = target === 'rule' ? 'regel' : 'werkafspraak';
	const title = titleOf(target, id);
	return title ? `${noun} “${plain(title)}” (\`${id}\`)` : `${noun} \`${id}\`, die niet bestaat`;
}

/**
 * Text from a content file shown as itself: characters that Markdown or HTML would read as
 * markup are escaped, so the summary shows the words a reader will see, and nothing else.
 */
function plain(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/&/g, '&amp;')
		.replace(/[\\`*_[\]<>#|~!]/g, '\\$&')
		// A paragraph that starts like a list item stays a paragraph.
		.replace(/^([-+])(?=\s)/, '\\$1')
		.replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}
