// Checks all content of the handbook, and that no published version has changed since it was
// published, and says in Dutch what is wrong, per file and field. In GitHub Actions each error is
// also an annotation on its file and line in the pull request.
// Usage: npm run check
import { checkAllContent } from '../src/lib/content/check-all-content.ts';
import { checkInParallel } from '../src/lib/content/check-in-parallel.ts';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { countOf } from '../src/lib/count-of.ts';
import { formatErrorReport } from '../src/lib/content/error-map.ts';
import { githubAnnotation } from './lib/github-annotations.ts';

await checkInParallel(contentRoot);
const { handbook, versions, errors } = checkAllContent(contentRoot);
if (!handbook) {
	console.error(formatErrorReport(errors));
	// GitHub reads workflow commands from a step's standard output.
	if (process.env.GITHUB_ACTIONS === 'true') {
		const repositoryRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
		console.log(errors.map((error) => githubAnnotation(error, repositoryRoot)).join('\n'));
	}
	process.exit(1);
}
const { rules, agreements, interpretations, terms } = handbook;
console.log(
	`De inhoud is in orde: ${[
		countOf(rules.size, 'regel', 'regels'),
		countOf(agreements.size, 'werkafspraak', 'werkafspraken'),
		countOf(interpretations.size, 'interpretatie', 'interpretaties'),
		countOf(terms.size, 'begrip', 'begrippen'),
		...(versions.length > 0 ? [countOf(versions.length, 'gepubliceerde versie', 'gepubliceerde versies')] : []),
	].join(', ')}.`,
);
