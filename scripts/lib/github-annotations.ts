import { relative, resolve, sep } from 'node:path';
import type { ContentError } from '../../src/lib/content/error-map.ts';

/**
 * GitHub Actions turns a line `::error file=…,line=…,title=…::message` in a step's output into an
 * annotation on that line of the pull request's files. Its escaping rules: in the message, `%`,
 * CR and LF; in a property, also `:` and `,` (they separate the properties).
 */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One content error as an annotation. The path is relative to the repository root (where GitHub
 * looks for the file); `error.file` is relative to where the check runs. An error about the whole
 * file (no line) goes on its first line, so it still shows beside the file in the pull request.
 */
export function githubAnnotation(error: ContentError, repositoryRoot: string): string {
	const file = relative(repositoryRoot, resolve(error.file)).split(sep).join('/');
	const title = error.field ? `Fout in de inhoud, veld "${error.field}"` : 'Fout in de inhoud';
	return `::error file=${escapeProperty(file)},line=${error.line ?? 1},title=${escapeProperty(title)}::${escapeData(error.message)}`;
}
