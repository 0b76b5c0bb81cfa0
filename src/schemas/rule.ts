import { z } from 'zod';
import { cardQuestions } from './card-questions.ts';
import { id, searchWords, sourceRef, text, title } from './common.ts';

/**
 * A rule of the code of conduct, with its official text quoted verbatim. The body of its MDX file
 * is an optional note on that text (a word missing in the source, say); what the rule means in
 * daily work is what teams agree.
 */
export const ruleSchema = z.strictObject({
	theme: id,
	number: z.number().int().min(1),
	title,
	text: text,
	source: sourceRef,
	terms: z.array(id).default([]),
	searchWords,
	/** Open questions for the rule's conversation card (src/schemas/card-questions.ts). */
	questions: cardQuestions,
});
export type Rule = z.infer<typeof ruleSchema>;
