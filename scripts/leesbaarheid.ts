// How plain the handbook's Dutch is: every page's reading level (Flesch-Douma, aiming at B1) and
// its hardest sentences, the hardest page first. Text quoted from a source is measured apart and
// never flagged for rewriting. Advice only: the exit code says whether the content could be read.
// Usage: npm run leesbaarheid [-- <map of bestand> …]   (alleen pagina's waarvan het pad zo begint)
import { resolve } from 'node:path';
import { checkAllContent } from '../src/lib/content/check-all-content.ts';
import { checkFile } from '../src/lib/content/check-file.ts';
import { displayPath } from '../src/lib/content/content-files.ts';
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { formatErrorReport } from '../src/lib/content/error-map.ts';
import { readJargon } from '../src/lib/content/read-jargon.ts';
import { handbookPages } from '../src/lib/readability/handbook-pages.ts';
import { handbookReport, measurePages } from '../src/lib/readability/handbook-report.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

const { handbook, errors } = checkAllContent(contentRoot, contentRoot, { check: checkFile });
if (!handbook) {
	console.error(formatErrorReport(errors));
	console.error('\nMaak eerst deze fouten goed (npm run check); daarna meet npm run leesbaarheid de tekst.');
	process.exit(1);
}
const only = process.argv.slice(2).map((path) => displayPath(resolve(path)));
const pages = handbookPages(handbook, contentRoot).filter((page) => only.length === 0 || only.some((prefix) => page.file.startsWith(prefix)));
if (pages.length === 0) {
	console.error(`Geen pagina's gevonden onder ${only.join(', ')}; geef een map of bestand in content/.`);
	process.exit(1);
}
console.log(handbookReport(measurePages(pages, readJargon(contentRoot).words)));
