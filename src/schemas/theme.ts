import { z } from 'zod';
import { title } from './common.ts';

/**
 * One of the seven themes of the code of conduct. Whether it is worked out follows from its
 * rules; the body of its MDX file says what the theme is about.
 */
export const themeSchema = z.strictObject({
	number: z.number().int().min(1),
	title,
});
export type Theme = z.infer<typeof themeSchema>;
