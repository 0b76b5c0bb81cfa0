import { checkEntry } from '../content/check-entry.ts';
import type { ContentError } from '../content/error-map.ts';
import type { ProposalField } from './form-values.ts';
import { linesPerExample, proposalFile, proposalLocation, type Proposal, type ProposalFile } from './proposal-file.ts';

/**
 * Checks a proposal in the browser with the check `npm run check` uses, and says each problem at
 * the field of the form it is about. The page loads this module on first use: it brings the
 * schemas, the YAML parser and the MDX parser.
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
	return { file, location, problems: errors.map((error) => fieldProblem(error, file)) };
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
	return { field: 'wording', message: wordingLine ? `Regel ${wordingLine} van de tekst: ${message}` : message };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
