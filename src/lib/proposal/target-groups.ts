import type { AgreementKind } from '../../schemas/agreement.ts';
import { handbookOutline } from '../handbook-outline.ts';
import { agreementKindLabels, sectionLabels } from '../labels.ts';
import { targetValue } from './form-values.ts';

interface Numbered<D> {
	id: string;
	data: D & { number: number; title: string };
}

export interface TargetGroup {
	label: string;
	options: { value: string; label: string }[];
}

/**
 * The rules and agreements a proposal can explain, grouped as the sidebar shows them: rules by
 * theme, agreements by topic and kind. Themes without rules are left out.
 */
export function targetGroups(
	handbook: {
		themes: Numbered<object>[];
		rules: Numbered<{ theme: string }>[];
		topics: { id: string; data: { title: string } }[];
		agreements: Numbered<{ topic: string; kind: AgreementKind }>[];
	},
	organisationName: string,
): TargetGroup[] {
	const kindLabels = agreementKindLabels(organisationName);
	const outline = handbookOutline(handbook);
	const ruleGroups = outline.themes.map(({ theme, rules }) => ({
		label: `${sectionLabels.codeOfConduct}: ${theme.data.title}`,
		options: rules.map((rule) => ({ value: targetValue({ rule: rule.id }), label: rule.data.title })),
	}));
	const agreementGroups = outline.topics.flatMap(({ topic, kinds }) =>
		kinds.map(({ kind, agreements }) => ({
			label: `${topic.data.title}: ${kindLabels[kind].many}`,
			options: agreements.map((agreement) => ({ value: targetValue({ agreement: agreement.id }), label: agreement.data.title })),
		})),
	);
	return [...ruleGroups, ...agreementGroups].filter((group) => group.options.length > 0);
}
