import { contentRoot } from './content-root.ts';
import { formatErrorReport } from './error-map.ts';
import { loadHandbook, type Handbook } from './load-handbook.ts';

/**
 * Loads the handbook for the site build. Bad content stops the build here, before Astro reads
 * anything, with every problem listed in Dutch.
 */
export function loadCheckedHandbook(): Handbook {
	const { handbook, errors } = loadHandbook(contentRoot);
	if (handbook) return handbook;
	const error = new Error(`${formatErrorReport(errors)}\nDe site is niet gebouwd.`);
	error.name = 'Inhoudsfout';
	throw error;
}
