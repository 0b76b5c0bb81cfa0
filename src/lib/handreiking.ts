import type { AgreementKind } from '../schemas/agreement.ts';
import type { Level, Status } from '../schemas/interpretation.ts';
import { byNumber } from './by-number.ts';
import { rulesOfTheme } from './code-of-conduct.ts';
import { interpretationsOf } from './interpretations.ts';
import { standingOf } from './statuses.ts';
import { agreementsOf } from './work-agreements.ts';

/**
 * The handreiking: the whole handbook of one edition as one document, in reading order. The rules
 * and work agreements carry only the interpretations that are adopted and real; proposals, those
 * in discussion, lapsed ones and invented examples are left out and counted, so the page can say so.
 * The document grows with the adopted interpretations only (see README, "De handreiking").
 */

interface Entry {
	id: string;
	data: object;
}
interface Themed extends Entry {
	data: { number: number; theme: string };
}
interface Topical extends Entry {
	data: { number: number; topic: string; kind: AgreementKind };
}
interface Interpreting extends Entry {
	data: { status: Status; date: string; level: Level; fictitious: boolean; rule?: string; agreement?: string };
}

export interface HandreikingContent<Theme extends Entry & { data: { number: number } }, Rule extends Themed, Topic extends Entry, Agreement extends Topical, Interpretation extends Interpreting> {
	themes: Theme[];
	rules: Rule[];
	topics: Topic[];
	agreements: Agreement[];
	interpretations: Interpretation[];
}

/** A rule or agreement with the interpretations the handreiking shows beside it. */
export interface HandreikingNorm<Norm, Interpretation> {
	entry: Norm;
	adopted: Interpretation[];
}

/** The order agreements of a topic are read in: WPI's norms, then the city-wide guidelines, then a department's own. */
export const agreementKindOrder: AgreementKind[] = ['directienorm', 'stedelijke-richtlijn', 'afdelingsafspraak'];

/** Only what a real team or MT adopted belongs in the handreiking. */
export const inHandreiking = (interpretation: Interpreting) => !interpretation.data.fictitious && standingOf(interpretation.data.status) === 'adopted';

export function handreikingOf<Theme extends Entry & { data: { number: number } }, Rule extends Themed, Topic extends Entry, Agreement extends Topical, Interpretation extends Interpreting>(
	content: HandreikingContent<Theme, Rule, Topic, Agreement, Interpretation>,
) {
	const shown = content.interpretations.filter(inHandreiking);
	const withAdopted = <Norm extends Entry>(entry: Norm, target: { rule: string } | { agreement: string }): HandreikingNorm<Norm, Interpretation> => ({
		entry,
		adopted: interpretationsOf(shown, target),
	});
	const themes = [...content.themes].sort(byNumber).map((theme) => ({
		theme,
		rules: rulesOfTheme(content.rules, theme.id).map((rule) => withAdopted(rule, { rule: rule.id })),
	}));
	const topics = content.topics.map((topic) => ({
		topic,
		groups: agreementKindOrder
			.map((kind) => ({ kind, agreements: agreementsOf(content.agreements, topic.id, kind).map((agreement) => withAdopted(agreement, { agreement: agreement.id })) }))
			.filter((group) => group.agreements.length > 0),
	}));
	const left = content.interpretations.filter((interpretation) => !inHandreiking(interpretation));
	return {
		themes,
		topics,
		adoptedCount: shown.length,
		/** What the handreiking leaves out: examples, and real wording that is not (or no longer) adopted. */
		leftOut: {
			examples: left.filter((interpretation) => interpretation.data.fictitious).length,
			notAdopted: left.filter((interpretation) => !interpretation.data.fictitious).length,
		},
	};
}
