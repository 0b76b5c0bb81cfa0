import { z } from 'zod';
import { sourceRef, text, textList } from './common.ts';

/** A subject of work agreements, such as hybrid work: what it means for WPI and what it achieves. */
export const topicSchema = z.strictObject({
	title: text,
	summary: text,
	meaningForWpi: textList,
	achieves: textList,
	source: sourceRef,
});
export type Topic = z.infer<typeof topicSchema>;
