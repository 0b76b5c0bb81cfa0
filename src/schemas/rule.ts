import { z } from 'zod';
import { id, sourceRef, text } from './common.ts';

/** A rule of the code of conduct, with its official text quoted verbatim. */
export const ruleSchema = z.strictObject({
	theme: id,
	number: z.number().int().min(1),
	title: text,
	text: text,
	source: sourceRef,
	terms: z.array(id).default([]),
	/** An optional note by the project lead; the meaning of the rule is what teams agree. */
	note: text.optional(),
});
export type Rule = z.infer<typeof ruleSchema>;
