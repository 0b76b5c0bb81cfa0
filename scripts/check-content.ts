// Checks all content of the handbook and says in Dutch what is wrong, per file and field.
// Usage: npm run check
import { contentRoot } from '../src/lib/content/content-root.ts';
import { countOf } from '../src/lib/count-of.ts';
import { formatErrorReport } from '../src/lib/content/error-map.ts';
import { loadHandbook } from '../src/lib/content/load-handbook.ts';

const { handbook, errors } = loadHandbook(contentRoot);
if (!handbook) {
	console.error(formatErrorReport(errors));
	process.exit(1);
}
const { rules, agreements, interpretations, terms } = handbook;
console.log(
	`De inhoud is in orde: ${[
		countOf(rules.size, 'regel', 'regels'),
		countOf(agreements.size, 'werkafspraak', 'werkafspraken'),
		countOf(interpretations.size, 'interpretatie', 'interpretaties'),
		countOf(terms.size, 'begrip', 'begrippen'),
	].join(', ')}.`,
);
