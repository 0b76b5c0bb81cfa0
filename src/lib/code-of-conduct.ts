/** How rules relate to themes. Whether a theme is worked out follows from its rules, never from a flag. */

import { byNumber } from './by-number.ts';

interface RuleLike {
	data: { number: number; theme: string };
}

/** The rule with this id, which a setting or page names; a rule that does not exist stops the build. */
export function ruleNamed<T extends { id: string }>(rules: Iterable<T>, id: string): T {
	const rule = [...rules].find((candidate) => candidate.id === id);
	if (!rule) throw new Error(`De regel "${id}" bestaat niet, maar een pagina verwijst ernaar.`);
	return rule;
}

/** The rules of one theme, in the order of the code of conduct. */
export function rulesOfTheme<T extends RuleLike>(rules: Iterable<T>, themeId: string): T[] {
	return [...rules].filter((rule) => rule.data.theme === themeId).sort(byNumber);
}

/** A theme is worked out once the handbook holds at least one of its rules. */
export function isWorkedOut(rules: Iterable<RuleLike>, themeId: string): boolean {
	return [...rules].some((rule) => rule.data.theme === themeId);
}
