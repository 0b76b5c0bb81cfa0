import { AstroError } from 'astro/errors';
import type { Edition } from '../edition.ts';
import { checkAllContent } from './check-all-content.ts';
import { formatErrorReport } from './error-map.ts';
import type { Handbook } from './load-handbook.ts';
import { frozenErrorsHint } from '../versions/published-versions.ts';

/**
 * Loads `edition` of the handbook in `contentRoot`: the edition this build shows. Bad content, or a published version changed
 * after publishing, stops the build here, before Astro reads anything, with every problem listed
 * in Dutch. Without `verifyVersions` the checksums of the published versions are not read again:
 * scripts/build.ts has verified them once for every edition it builds.
 */
export function loadCheckedHandbook({ contentRoot, edition, verifyVersions = true }: { contentRoot: string; edition: Pick<Edition, 'contentFolder'>; verifyVersions?: boolean }): Handbook {
	const { handbook, errors } = checkAllContent(contentRoot, edition.contentFolder, { verifyVersions });
	if (handbook) return handbook;
	const frozen = frozenErrorsHint(errors, contentRoot);
	const error = new AstroError(
		`${formatErrorReport(errors)}\nDe site is niet gebouwd.${frozen ? `\n${frozen}` : ''}`,
		`${frozen ? 'Zet terug wat er in een gepubliceerde versie veranderd is, of pas de code aan' : 'Pas de genoemde bestanden aan'} en bouw opnieuw. Met \`npm run check\` controleer je de inhoud zonder de site te bouwen.`,
	);
	error.stack = ''; // The report says where the problem is; a stack trace into our code would not help an author.
	throw error;
}
