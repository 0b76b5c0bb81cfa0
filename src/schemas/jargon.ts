import { z } from 'zod';
import { text, title } from './common.ts';

/**
 * Words of policy language that a reader on the work floor would not use, each with a plainer
 * way to say it (content/jargon.yaml). The plain-language meter points them out to writers.
 */
export const jargonEntrySchema = z.strictObject({
	/** The word or words as the meter shows them (faciliteren, in het kader van). */
	word: title,
	/** Other forms of the same word that count too (faciliteert, gefaciliteerd). */
	forms: z.array(title).default([]),
	/** What to write instead, in plain Dutch. */
	instead: text,
});
export type JargonEntry = z.infer<typeof jargonEntrySchema>;

export const jargonSchema = z
	.strictObject({ words: z.array(jargonEntrySchema).min(1) })
	.superRefine(({ words }, context) => {
		const seen = new Map<string, number>();
		for (const [index, entry] of words.entries()) {
			for (const form of [entry.word, ...entry.forms]) {
				const key = form.toLowerCase();
				const first = seen.get(key);
				if (first !== undefined && first !== index) {
					context.addIssue({ code: 'custom', path: ['words', index], message: `"${form}" staat al bij "${words[first]!.word}"; noem elk woord maar één keer` });
				}
				seen.set(key, index);
			}
		}
	});
export type Jargon = z.infer<typeof jargonSchema>;
