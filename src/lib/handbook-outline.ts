/** The handbook's order in one place, for the sidebar, the proposal form and the interpretations index. */

import { agreementKinds, type AgreementKind } from '../schemas/agreement.ts';
import { byNumber } from './by-number.ts';
import { rulesOfTheme } from './code-of-conduct.ts';
import { agreementsOf } from './work-agreements.ts';

interface ThemeLike {
	id: string;
	data: { number: number };
}
interface RuleLike {
	data: { number: number; theme: string };
}
interface TopicLike {
	id: string;
}
interface AgreementLike {
	data: { number: number; topic: string; kind: AgreementKind };
}

/**
 * Themes in the order of the code of conduct, each with its rules; topics in the order they are
 * written, each with every kind of agreement in reading order. Empty themes and kinds are kept:
 * each caller decides whether to show them.
 */
export function handbookOutline<Theme extends ThemeLike, Rule extends RuleLike, Topic extends TopicLike, Agreement extends AgreementLike>(handbook: {
	themes: Iterable<Theme>;
	rules: Iterable<Rule>;
	topics: Iterable<Topic>;
	agreements: Iterable<Agreement>;
}) {
	const rules = [...handbook.rules];
	const agreements = [...handbook.agreements];
	return {
		themes: [...handbook.themes].sort(byNumber).map((theme) => ({ theme, rules: rulesOfTheme(rules, theme.id) })),
		topics: [...handbook.topics].map((topic) => ({
			topic,
			kinds: agreementKinds.map((kind) => ({ kind, agreements: agreementsOf(agreements, topic.id, kind) })),
		})),
	};
}
