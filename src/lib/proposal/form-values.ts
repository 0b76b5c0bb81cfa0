import type { Proposal, ProposalTarget } from './proposal-file.ts';

/**
 * What the proposal form holds, read into a proposal. Kept apart from proposal-file.ts so the page
 * can read its form without loading the YAML writer and the check, which come on first use.
 */

/** The form's fields, by the name of their input. */
export const proposalFields = ['target', 'team', 'level', 'title', 'wording', 'do', 'dont', 'dilemmas', 'examples'] as const;
export type ProposalField = (typeof proposalFields)[number];

/** A rule or agreement as the form's choice holds it: "rule:respectvol-omgaan". */
export const targetValue = (target: ProposalTarget) => ('rule' in target ? `rule:${target.rule}` : `agreement:${target.agreement}`);

export function targetOf(value: string): ProposalTarget | undefined {
	const [kind, id] = value.split(':');
	if (!id) return undefined;
	if (kind === 'rule') return { rule: id };
	if (kind === 'agreement') return { agreement: id };
	return undefined;
}

/** The choice a link asks for: /voorstellen/?regel=<id> or ?afspraak=<id>. */
export function targetFromQuery(search: string): ProposalTarget | undefined {
	const query = new URLSearchParams(search);
	const rule = query.get('regel');
	if (rule) return { rule };
	const agreement = query.get('afspraak');
	return agreement ? { agreement } : undefined;
}

/** One item per line; blank lines are skipped. */
export const linesOf = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

export function proposalFromForm(values: Record<ProposalField, string>, date: string): Proposal {
	const target = targetOf(values.target);
	return {
		...(target ? { target } : {}),
		team: values.team,
		level: values.level,
		title: values.title,
		date,
		wording: values.wording,
		do: linesOf(values.do),
		dont: linesOf(values.dont),
		dilemmas: linesOf(values.dilemmas),
		examples: linesOf(values.examples),
	};
}
