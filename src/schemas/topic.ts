import { z } from 'zod';
import { searchWords, sourceRef, text, textList, title } from './common.ts';

/**
 * A subject of work agreements, such as hybrid work: what it means for the directorate and what it
 * achieves, quoted from the source. The body of its MDX file explains the reasoning behind it.
 */
export const topicSchema = z.strictObject({
	title,
	summary: text,
	meaning: textList,
	achieves: textList,
	source: sourceRef,
	searchWords,
});
export type Topic = z.infer<typeof topicSchema>;
