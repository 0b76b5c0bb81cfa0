import { collections, type CollectionName } from '../../schemas/collections.ts';
import { checkMdxBody } from './check-mdx-body.ts';
import { checkText, type CheckedEntry, type CheckOptions } from './check-text.ts';

export type { CheckedEntry, CheckOptions, EntryData, MdxBodyCheck, TextDefinition } from './check-text.ts';

/**
 * Checks the text of one entry of a collection: its fields against the collection's schema and,
 * for MDX, its body against the safe subset. Pure, so `npm run check`, the build and the proposal
 * form in the browser give the same Dutch messages.
 */
export function checkEntry<N extends CollectionName>(name: N, text: string, file: string, options?: CheckOptions): CheckedEntry<N> {
	return checkText(collections[name], text, file, options, checkMdxBody) as CheckedEntry<N>;
}
