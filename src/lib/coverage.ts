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
	agreements: Iterable<{ id: string; data: { topic: string } }>;
	interpretations: Iterable<{ id: string; data: { rule?: string; agreement?: string; status: Status; date: string; fictitious: boolean } }>;
}

/** A part of the social norm: a theme of the code of conduct (its rules) or a topic of the work agreements (its agreements). */
export interface CoveragePart {
	kind: 'theme' | 'topic';
	id: string;
	title: string;
	/** Norms with at least one adopted interpretation that is not an invented example. */
	covered: number;
	total: number;
	/** covered / total; 0 for a part without norms yet, such as a theme not worked out. */
	share: number;
}

export interface Coverage {
	/** The themes in the order of the code of conduct, then the topics. */
	parts: CoveragePart[];
	/** The mean of the parts' shares: every part weighs the same, however many norms it has. */
	overall: number;
}

/**
 * A norm (rule or agreement) is covered once a team or MT, at any level, has adopted an
 * interpretation of it; invented examples never count. An unworked theme counts as 0 %, so the
 * figure cannot reach 100 % before every part of the norm is worked out.
 */
export function coverageOf(content: CoverageContent): Coverage {
	const coveredNorms = new Set(
		realOnly([...content.interpretations])
			.filter((interpretation) => standingOf(interpretation.data.status) === 'adopted')
			.flatMap(({ data }) => [data.rule, data.agreement].filter((target) => target !== undefined)),
	);
	const part = (kind: CoveragePart['kind'], id: string, title: string, norms: { id: string }[]): CoveragePart => {
		const covered = norms.filter((norm) => coveredNorms.has(norm.id)).length;
		return { kind, id, title, covered, total: norms.length, share: norms.length === 0 ? 0 : covered / norms.length };
	};
	const rules = [...content.rules];
	const agreements = [...content.agreements];
	const parts = [
		...[...content.themes].sort(byNumber).map((theme) => part('theme', theme.id, theme.data.title, rulesOfTheme(rules, theme.id))),
		...[...content.topics].map((topic) => part('topic', topic.id, topic.data.title, agreements.filter((agreement) => agreement.data.topic === topic.id))),
	];
	const overall = parts.length === 0 ? 0 : parts.reduce((sum, { share }) => sum + share, 0) / parts.length;
	return { parts, overall };
}

const percent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: false });

/**
 * A share as Dutch readers write it: "37 %", with a no-break space so the sign never wraps alone.
 * Rounded down, so the handbook never shows 100 % while one norm is still open.
 */
export function formatShare(share: number): string {
	// The small margin keeps 0.29 (28.999… after multiplying) at 29.
	return `${percent.format(Math.floor(share * 100 + 1e-9))}\u00a0%`;
}
