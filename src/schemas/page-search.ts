import { z } from 'zod';
import { searchWords } from './common.ts';

/** The kinds of page a search can be narrowed to; their Dutch labels are in src/lib/labels.ts. */
export const searchKinds = ['thema', 'regel', 'werkafspraak', 'interpretatie', 'begrip', 'pagina'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * How a page presents itself to the search, set in a page's frontmatter (route data): its kind,
 * the words readers type for it, and whether it is an invented example that must rank after
 * real content. Extends Starlight's docs schema, so content pages and route pages share it.
 */
export const pageSearchSchema = z.strictObject({
	kind: z.enum(searchKinds).default('pagina'),
	words: searchWords,
	example: z.boolean().default(false),
});
export type PageSearch = z.input<typeof pageSearchSchema>;

/** A page's search data, with the defaults for a page that has none (Starlight's own 404). */
export const pageSearchOf = (data: { search?: z.output<typeof pageSearchSchema> }) => data.search ?? pageSearchSchema.parse({});
