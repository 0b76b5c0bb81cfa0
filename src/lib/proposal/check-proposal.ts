import { checkEntry } from '../content/check-entry.ts';
import type { ContentError } from '../content/error-map.ts';
import type { ProposalField } from './form-values.ts';
import { linesPerExample, proposalFile, proposalLocation, type Proposal, type ProposalFile } from './proposal-file.ts';

/**
 * Checks a proposal in the browser with the check `npm run check` uses, and says each problem at
 * the field of the form it is about, in words for a team member rather than for whoever edits
 * the file: the field is there to see, so no field names or "gevonden: …". The page loads this
 * module on first use: it brings the schemas, the YAML parser and the MDX parser.
 */

export interface FieldProblem {
	/** The form field to show the message at; absent for a problem no field can fix. */
	field?: ProposalField;
	message: string;
}

export interface CheckedProposal {
	file: ProposalFile;
	/** Where the file goes, relative to the content folder; known once a rule or agreement is chosen. */
	location?: ReturnType<typeof proposalLocation>;
	problems: FieldProblem[];
}

export function checkProposal(proposal: Proposal): CheckedProposal {
	const file = proposalFile(proposal);
	const location = proposal.target ? proposalLocation({ ...proposal, target: proposal.target }) : undefined;
	const { errors } = checkEntry('interpretations', file.text, location?.path ?? 'voorstel.mdx');
	const problems = errors.map((error) => forTeamMember(fieldProblem(error, file), proposal));
	// An empty field breaks more than one rule of the check; the form asks for it once.
	const once = problems.filter((problem, index) => problems.findIndex((other) => other.field === problem.field && other.message === problem.message) === index);
	return { file, location, problems: once };
}

const fieldOfSchemaField: Record<string, ProposalField> = {
	title: 'title',
	team: 'team',
	level: 'level',
	rule: 'target',
	agreement: 'target',
	do: 'do',
	dont: 'dont',
	dilemmas: 'dilemmas',
};

/** The check names a field ("do, punt 2") or a line of the file; the form names its own fields. */
export function fieldProblem({ field, line, message }: ContentError, file: ProposalFile): FieldProblem {
	if (field) {
		const [name, item] = field.split(', ');
		const formField = fieldOfSchemaField[name!];
		return { ...(formField ? { field: formField } : {}), message: item ? `${capitalise(item)}: ${message}` : message };
	}
	if (file.examplesLine && line && line >= file.examplesLine) {
		return { field: 'examples', message: `Voorbeeld ${Math.floor((line - file.examplesLine) / linesPerExample) + 1}: ${message}` };
	}
	const wordingLine = line && line >= file.wordingLine ? line - file.wordingLine + 1 : undefined;
	if (wordingLine) return { field: 'wording', message: `Regel ${wordingLine} van de tekst: ${message}` };
	// A problem of the whole file is its size ("is te groot"), and the wording is what grows that large.
	return { field: 'wording', message: line === undefined ? `Jullie voorstel ${message}` : message };
}

/** What a field left empty needs, said as the form asks it. */
const whenEmpty: Partial<Record<ProposalField, string>> = {
	target: 'Kies de regel of werkafspraak waar jullie afspraak over gaat.',
	team: 'Vul de naam van jullie team of MT in. Die begint met Team, MT, Afdelings-MT of Directie-MT.',
	title: 'Vul een titel in: waar jullie afspraak over gaat, in een paar woorden.',
	wording: 'Schrijf hier wat jullie afspreken, in gewone zinnen.',
};

const valueOf = (proposal: Proposal, field: ProposalField): string | undefined =>
	field === 'target' ? (proposal.target ? 'gekozen' : '') : field === 'team' || field === 'title' || field === 'wording' ? proposal[field] : undefined;

/**
 * The check's message as a sentence for a team member: an empty field gets the form's own request;
 * any other message loses what the check found (the team sees what it typed) and reads as a sentence.
 */
function forTeamMember(problem: FieldProblem, proposal: Proposal): FieldProblem {
	const empty = problem.field && whenEmpty[problem.field] && valueOf(proposal, problem.field)?.trim() === '';
	if (empty) return { ...problem, message: whenEmpty[problem.field!]! };
	const message = capitalise(problem.message.replace(/[,;] gevonden: .*$/s, '').trim());
	return { ...problem, message: /[.?!]$/.test(message) ? message : `${message}.` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
