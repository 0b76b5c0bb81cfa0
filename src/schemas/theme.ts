import { z } from 'zod';
import { text } from './common.ts';

/** One of the seven themes of the code of conduct. Whether it is worked out follows from its rules. */
export const themeSchema = z.strictObject({
	number: z.number().int().min(1),
	title: text,
	summary: text.optional(),
});
export type Theme = z.infer<typeof themeSchema>;
