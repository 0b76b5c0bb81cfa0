import { resolve } from 'node:path';

/**
 * The folder that holds the handbook's content: the working version's collections, the settings
 * (organisation.yaml) and the published versions (versions/). ./content unless `given` names another:
 * scripts and astro.config.mjs pass HANDBOOK_CONTENT, which tests point at a fixture. Pages and
 * components get it from the handbook integration (src/integrations/handbook.ts), never from here.
 */
export function contentRootOf(given?: string): string {
	return resolve(given || 'content');
}
