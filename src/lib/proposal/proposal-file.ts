import { stringify } from 'yaml';
import type { Level } from '../../schemas/interpretation.ts';
import { slugify } from './slug.ts';

/**
 * The interpretation file a team proposes, written the same way by `npm run voorstel` and by the
 * proposal form in the browser, so both give a file that `npm run check` accepts as it is.
 */

export type ProposalTarget = { rule: string } | { agreement: string };

export interface Proposal {
	/** The rule or agreement the wording explains; absent when none was chosen, so the check says so. */
	target?: ProposalTarget;
	title: string;
	/** A team or MT, never a person. */
	team: string;
	level: Level | string;
	/** The day of the proposal, YYYY-MM-DD. */
	date: string;
	/** What the team agrees, in Markdown. */
	wording: string;
	do?: string[];
	dont?: string[];
	dilemmas?: string[];
	/** Each becomes a <Voorbeeld> block below the wording. */
	examples?: string[];
}

export interface ProposalFile {
	text: string;
	/** The line of the file where the wording starts, counted from 1. */
	wordingLine: number;
	/** The line of the first <Voorbeeld>, when there are examples. */
	examplesLine?: number;
}

/** Lines taken by one example: <Voorbeeld>, its text, </Voorbeeld> and a blank line. */
export const linesPerExample = 4;

export function proposalFile(proposal: Proposal): ProposalFile {
	const list = (items: string[] = []) => items.map((item) => item.trim()).filter(Boolean);
	const lists = Object.entries({ do: list(proposal.do), dont: list(proposal.dont), dilemmas: list(proposal.dilemmas) }).filter(([, items]) => items.length > 0);
	// The yaml package quotes whatever YAML would misread (a colon, a leading #, "yes", "null"), so any text a team types stays text.
	const frontmatter = stringify(
		{
			title: proposal.title.trim(),
			...proposal.target,
			team: proposal.team.trim(),
			level: proposal.level,
			status: 'voorstel',
			date: proposal.date,
			...Object.fromEntries(lists),
		},
		{ lineWidth: 0 },
	);
	const wording = proposal.wording.replace(/\r\n?/g, '\n').trim();
	const examples = list(proposal.examples).map((example) => `<Voorbeeld>\n${example}\n</Voorbeeld>\n`);
	const head = `---\n${frontmatter}---\n\n`;
	const wordingLine = lineCount(head) + 1;
	const body = [wording && `${wording}\n`, ...examples].filter(Boolean).join('\n');
	return {
		text: head + body,
		wordingLine,
		...(examples.length > 0 ? { examplesLine: wordingLine + (wording ? lineCount(`${wording}\n\n`) : 0) } : {}),
	};
}

/** Where a proposal goes, relative to the content folder: next to the other interpretations of its rule or agreement. */
export function proposalLocation(proposal: Pick<Proposal, 'team' | 'title'> & { target: ProposalTarget }) {
	const targetId = 'rule' in proposal.target ? proposal.target.rule : proposal.target.agreement;
	const name = [slugify(proposal.team, 40), slugify(proposal.title, 50)].filter(Boolean).join('-') || 'voorstel';
	const folder = `interpretations/${targetId}`;
	const fileName = `${name}.mdx`;
	return { folder, fileName, path: `${folder}/${fileName}` };
}

function lineCount(text: string): number {
	return text.split('\n').length - 1;
}
