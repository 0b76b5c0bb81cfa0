import { z } from 'zod';
import { id, searchWords, sourceRef, text, title } from './common.ts';

/** A term of the shared language (begrip), explained in plain Dutch. */
export const termSchema = z.strictObject({
	term: title,
	summary: text,
	/** An official definition, quoted verbatim from a source. */
	definition: z.strictObject({ text: text, source: sourceRef }).optional(),
	/**
	 * Where the sources point for an official definition they do not give themselves (a list of
	 * terms that is not among the sources, say), in a sentence shown on the term's page.
	 */
	elsewhere: text.optional(),
	related: z.array(id).default([]),
	searchWords,
	/** Only for the four competence levels, 1 (onbewust onbekwaam) to 4 (onbewust bekwaam). */
	competenceLevel: z.number().int().min(1).max(4).optional(),
});
export type Term = z.infer<typeof termSchema>;
