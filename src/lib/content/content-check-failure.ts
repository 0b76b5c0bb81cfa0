import { AstroError } from 'astro/errors';
import { formatErrorReport, type ContentError } from './error-map.ts';
import { frozenErrorsHint } from '../versions/published-versions.ts';

/**
 * What stops the build when the content has mistakes, or a published version changed after
 * publishing: every problem listed in Dutch, and what to do. Thrown by the content loader
 * (handbook-loader.ts) before Astro renders anything.
 */
export function contentCheckFailure(errors: ContentError[], contentRoot: string): AstroError {
	const frozen = frozenErrorsHint(errors, contentRoot);
	const error = new AstroError(
		`${formatErrorReport(errors)}\nDe site is niet gebouwd.${frozen ? `\n${frozen}` : ''}`,
		`${frozen ? 'Zet terug wat er in een gepubliceerde versie veranderd is, of pas de code aan' : 'Pas de genoemde bestanden aan'} en bouw opnieuw. Met \`npm run check\` controleer je de inhoud zonder de site te bouwen.`,
	);
	error.stack = ''; // The report says where the problem is; a stack trace into our code would not help an author.
	return error;
}
