import { z } from 'zod';
import { cardQuestions } from './card-questions.ts';
import { id, searchWords, sourceRef, text, title } from './common.ts';

/** In the order readers meet them: the directorate's own norms, the city's guidelines, a department's own agreements. */
export const agreementKinds = ['directienorm', 'stedelijke-richtlijn', 'afdelingsafspraak'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * A work agreement: a norm of the directorate, a city-wide guideline, or a department's own
 * agreement on top. The body of its MDX file is an optional note on the text.
 */
export const agreementSchema = z
	.strictObject({
		kind: z.enum(agreementKinds),
		topic: id,
		number: z.number().int().min(1),
		title,
		text: text,
		source: sourceRef,
		/** Marks the city-wide guidelines chosen for the culture trajectory. */
		chosenForTrajectory: z.boolean().default(false),
		/** The department that made an afdelingsafspraak. */
		department: text.optional(),
		terms: z.array(id).default([]),
		searchWords,
		/** Open questions for the agreement's conversation card (src/schemas/card-questions.ts). */
		questions: cardQuestions,
	})
	.superRefine((agreement, context) => {
		if (agreement.kind === 'afdelingsafspraak' && !agreement.department) {
			context.addIssue({ code: 'custom', path: ['department'], message: 'ontbreekt: een afdelingsafspraak noemt de afdeling die haar maakte' });
		}
		if (agreement.kind !== 'afdelingsafspraak' && agreement.department) {
			context.addIssue({ code: 'custom', path: ['department'], message: 'hoort alleen bij een afdelingsafspraak (kind: afdelingsafspraak)' });
		}
		if (agreement.kind !== 'stedelijke-richtlijn' && agreement.chosenForTrajectory) {
			context.addIssue({ code: 'custom', path: ['chosenForTrajectory'], message: 'hoort alleen bij een stedelijke richtlijn (kind: stedelijke-richtlijn)' });
		}
	});
export type Agreement = z.infer<typeof agreementSchema>;
