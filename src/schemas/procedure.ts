import { z } from 'zod';
import { text } from './common.ts';

/**
 * Who adopts a team's wording and the way a proposal goes there. The sources leave this open, so
 * it is the organisation's to set; the handbook says plainly when it is not settled yet.
 */
export const procedureSchema = z.strictObject({
	/** Read mid-sentence: "de kerngroep I&D". */
	adoptingBody: text.optional(),
	/** The steps from proposal to adoption, in order, each a sentence. */
	route: z.array(text).min(1).optional(),
});
export type Procedure = z.infer<typeof procedureSchema>;
