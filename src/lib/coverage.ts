/**
 * How far the handbook is towards 100 %: for every part of the social norm, how many of its norms
 * have an adopted interpretation. Counted from the content, never typed in by hand.
 */

import type { Status } from '../schemas/interpretation.ts';
import { byNumber } from './by-number.ts';
import { rulesOfTheme } from './code-of-conduct.ts';
import { realOnly } from './interpretations.ts';
import { standingOf } from './statuses.ts';

interface CoverageContent {
	themes: Iterable<{ id: string; data: { title: string; number: number } }>;
	rules: Iterable<{ id: string; data: { theme: string; number: number } }>;
	topics: Iterable<{ id: string; data: { title: string } }>;
	agreements: Iterable<{ id: string; data: { topic: string; kind: string; chosenForTrajectory?: boolean } }>;
	interpretations: Iterable<{ id: string; data: { rule?: string; agreement?: string; status: Status; date: string; fictitious: boolean } }>;
}

/** A number of norms, and how many of them have adopted wording. */
export interface Count {
	covered: number;
	total: number;
}

/** A part of the social norm: a theme of the code of conduct (its rules) or a topic of the work agreements (its agreements). */
export interface CoveragePart extends Count {
	group: 'theme' | 'topic';
	id: string;
	title: string;
	/** What is counted: `rule`, or the kinds of agreement of the topic (see CountedKind). */
	counts: CountedKind[];
}

/**
 * What a count is made of: rules of the code, or a kind of agreement. Pages name them by kind: the
 * city-wide guidelines are the starting point for work agreements (Uitvoeringsplan §2.4), not work
 * agreements of their own, so a count never calls them "werkafspraken".
 */
export type CountedKind = 'rule' | string;

/** The part of the social norm a version aims to cover, such as the 50-70%-versie: themes and topics chosen by the owner. */
export interface CoverageScope {
	themes: string[];
	topics: string[];
}

export interface Coverage {
	/** The themes in the order of the code of conduct, then the topics. */
	parts: CoveragePart[];
	/** Every rule and agreement in the handbook. */
	overall: Count;
	/** Themes with rules in the handbook, of all themes of the code. */
	workedOutThemes: Count;
	/** The rules of the chosen themes and the agreements of the chosen topics that a version aims for; see inScope. */
	aim?: Count;
	/** What overall and aim are made of, in the order rules, then the kinds of agreement as they first occur. */
	counted: { overall: CountedKind[]; aim?: CountedKind[] };
}

/**
 * A norm (rule or agreement) is covered once a team or MT, at any level, has adopted an
 * interpretation of it; invented examples never count. Counted, never estimated: the sources give
 * no percentage of the social norm per rule, so none is made up here.
 */
export function coverageOf(content: CoverageContent, scope?: CoverageScope): Coverage {
	const coveredNorms = new Set(
		realOnly([...content.interpretations])
			.filter((interpretation) => standingOf(interpretation.data.status) === 'adopted')
			.flatMap(({ data }) => [data.rule, data.agreement].filter((target) => target !== undefined)),
	);
	const count = (norms: { id: string }[]): Count => ({ covered: norms.filter((norm) => coveredNorms.has(norm.id)).length, total: norms.length });
	const rules = [...content.rules];
	const agreements = [...content.agreements];
	const themes = [...content.themes].sort(byNumber);
	const kindsOf = (norms: { data: object }[]): CountedKind[] => [...new Set(norms.map((norm) => ('kind' in norm.data ? String(norm.data.kind) : 'rule')))];
	const parts: CoveragePart[] = [
		...themes.map((theme) => ({ group: 'theme' as const, id: theme.id, title: theme.data.title, counts: ['rule'], ...count(rulesOfTheme(rules, theme.id)) })),
		...[...content.topics].map((topic) => {
			const ofTopic = agreements.filter((agreement) => agreement.data.topic === topic.id);
			return { group: 'topic' as const, id: topic.id, title: topic.data.title, counts: kindsOf(ofTopic), ...count(ofTopic) };
		}),
	];
	const inAim = scope ? [...rules.filter((rule) => scope.themes.includes(rule.data.theme)), ...agreements.filter((agreement) => inScope(agreement, scope))] : undefined;
	return {
		parts,
		overall: count([...rules, ...agreements]),
		workedOutThemes: { covered: parts.filter((part) => part.group === 'theme' && part.total > 0).length, total: themes.length },
		...(inAim ? { aim: count(inAim) } : {}),
		counted: { overall: kindsOf([...rules, ...agreements]), ...(inAim ? { aim: kindsOf(inAim) } : {}) },
	};
}

/**
 * Of a chosen topic's agreements, the directorate's own norms and the city-wide guidelines chosen
 * for the trajectory are in the aim (Uitvoeringsplan, bijlage Hybride werken); the other
 * guidelines and the departments' own agreements are not.
 */
function inScope(agreement: { data: { topic: string; kind: string; chosenForTrajectory?: boolean } }, scope: CoverageScope): boolean {
	return scope.topics.includes(agreement.data.topic) && (agreement.data.kind === 'directienorm' || agreement.data.chosenForTrajectory === true);
}

const percent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: false });

/**
 * A share as Dutch readers write it: "37 %", with a no-break space so the sign never wraps alone.
 * Rounded down, so the handbook never shows 100 % while one norm is still open.
 */
export function formatShare({ covered, total }: Count): string {
	const share = total === 0 ? 0 : covered / total;
	// The small margin keeps 0.29 (28.999… after multiplying) at 29.
	return `${percent.format(Math.floor(share * 100 + 1e-9))}\u00a0%`;
}
