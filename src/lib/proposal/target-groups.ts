import { agreementKinds, type AgreementKind } from '../../schemas/agreement.ts';
import { byNumber } from '../by-number.ts';
import { rulesOfTheme } from '../code-of-conduct.ts';
import { agreementKindLabels } from '../labels.ts';
import { agreementsOf } from '../work-agreements.ts';
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
	const ruleGroups = [...handbook.themes].sort(byNumber).map((theme) => ({
		label: `Gedragscode: ${theme.data.title}`,
		options: rulesOfTheme(handbook.rules, theme.id).map((rule) => ({ value: targetValue({ rule: rule.id }), label: rule.data.title })),
	}));
	const agreementGroups = handbook.topics.flatMap((topic) =>
		agreementKinds.map((kind) => ({
			label: `${topic.data.title}: ${kindLabels[kind].many}`,
			options: agreementsOf(handbook.agreements, topic.id, kind).map((agreement) => ({ value: targetValue({ agreement: agreement.id }), label: agreement.data.title })),
		})),
	);
	return [...ruleGroups, ...agreementGroups].filter((group) => group.options.length > 0);
}
