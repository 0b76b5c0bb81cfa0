import { z } from 'zod';
import { text, title } from './common.ts';

/** A source document the handbook quotes: rule texts, facts and definitions name one. */
export const sourceSchema = z.strictObject({
	title,
	publisher: text,
	date: text,
});
export type Source = z.infer<typeof sourceSchema>;
