import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jargonSchema, type JargonEntry } from '../../schemas/jargon.ts';
import { checkSettings, type RememberedSettings } from './checked-files.ts';
import { displayPath, readContentText } from './content-files.ts';
import type { ContentError } from './error-map.ts';

/**
 * The list of policy words the plain-language meter points out (content/jargon.yaml), checked like
 * all content (or its check `remembered`, check-cache.ts). A handbook without the file simply has no list.
 */
export function readJargon(contentRoot: string, remembered?: RememberedSettings): { words: JargonEntry[]; errors: ContentError[] } {
	const absolutePath = join(contentRoot, 'jargon.yaml');
	if (!existsSync(absolutePath)) return { words: [], errors: [] };
	const file = displayPath(absolutePath);
	const { text, errors } = readContentText(absolutePath, file);
	if (text === undefined) return { words: [], errors };
	const checked = checkSettings('jargon', jargonSchema, text, file, remembered);
	const data = checked.data as { words: JargonEntry[] } | undefined;
	return { words: data?.words ?? [], errors: checked.errors };
}
