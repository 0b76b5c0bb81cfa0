import { formatErrorReport } from '../lib/content/error-map.ts';
import { frozenErrorsHint, readPublishedVersions } from '../lib/versions/published-versions.ts';

/**
 * Verifies once for the whole build that no published version changed since it was published (the
 * checksum of every frozen file, the seals and the chain), before any edition is built. Returns the
 * report in Dutch when one did, as the content check would word it.
 */
export function changedVersionsReport(contentRoot: string): string | undefined {
	const { errors } = readPublishedVersions(contentRoot);
	if (errors.length === 0) return undefined;
	const frozen = frozenErrorsHint(errors, contentRoot);
	return `${formatErrorReport(errors)}\nDe site is niet gebouwd.${frozen ? `\n${frozen}` : ''}`;
}
