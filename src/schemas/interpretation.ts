import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';
import { id, isoDate, textList, title } from './common.ts';

export const statuses = ['voorstel', 'in-gesprek', 'vastgesteld', 'vervallen'] as const;
export type Status = (typeof statuses)[number];

export const levels = ['team', 'afdelings-mt', 'directie-mt'] as const;
export type Level = (typeof levels)[number];

/** A team or MT is named by its unit, never by a person: the name starts with one of these. */
export const teamPrefixes = ['Team', 'MT', 'Afdelings-MT', 'Directie-MT'] as const;
const teamName = new RegExp(`^(${teamPrefixes.join('|')}) \\S`);

/**
 * What a team or MT agreed a rule or work agreement means in its daily work. The agreed wording
 * and its examples are the body of the MDX file; what rule pages gather from many teams (do's,
 * don'ts, open dilemmas) are lists in the frontmatter.
 */
export const interpretationSchema = z
	.strictObject({
		title,
		rule: id.optional(),
		agreement: id.optional(),
		team: title.regex(teamName, {
			error: (issue) =>
				`verwacht de naam van een team of MT die begint met ${teamPrefixes.join(', ')} (nooit de naam van een persoon), gevonden: ${describeValue(issue.input)}`,
		}),
		level: z.enum(levels),
		status: z.enum(statuses),
		date: isoDate,
		/** Marks an invented example, shown with the label "verzonnen voorbeeld". */
		fictitious: z.boolean().default(false),
		do: textList,
		dont: textList,
		dilemmas: textList,
	})
	.superRefine((interpretation, context) => {
		const targets = [interpretation.rule, interpretation.agreement].filter(Boolean);
		if (targets.length !== 1) {
			context.addIssue({
				code: 'custom',
				path: targets.length === 0 ? ['rule'] : ['agreement'],
				message:
					targets.length === 0
						? 'ontbreekt: noem de regel (rule) of de werkafspraak (agreement) waar deze afspraak over gaat'
						: 'noem óf een regel (rule) óf een werkafspraak (agreement), niet allebei',
			});
		}
	});
export type Interpretation = z.infer<typeof interpretationSchema>;
