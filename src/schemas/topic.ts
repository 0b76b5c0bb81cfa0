import { z } from 'zod';
import { sourceRef, text, textList } from './common.ts';

/** A subject of work agreements, such as hybrid work: what it means for the directorate and what it achieves. */
export const topicSchema = z.strictObject({
	title: text,
	summary: text,
	meaning: textList,
	achieves: textList,
	source: sourceRef,
});
export type Topic = z.infer<typeof topicSchema>;
