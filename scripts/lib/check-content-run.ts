// The check of `npm run check` (scripts/check-content.mjs), loaded once Node keeps its compiled code.
import { resolve } from 'node:path';
import { readHandbook } from '../../src/lib/content/read-handbook.ts';
import { cachedCheck, openCheckCache, rememberedAdvice, rememberedSettings } from '../../src/lib/content/check-cache.ts';
import { contentRootOf } from '../../src/lib/content/content-root.ts';
import { countOf } from '../../src/lib/count-of.ts';
import { formatErrorReport } from '../../src/lib/content/error-map.ts';
import { checkFieldsOnly } from '../../src/lib/content/checked-files.ts';
import { readCollection } from '../../src/lib/content/read-collections.ts';
import { frozenErrorsHint } from '../../src/lib/versions/published-versions.ts';
import { statusDateWarnings } from '../../src/lib/versions/status-date-warnings.ts';
import { githubAnnotation } from './github-annotations.ts';
import { readJargon } from '../../src/lib/content/read-jargon.ts';
import { contributionAdvice } from '../../src/lib/readability/contribution-advice.ts';
import { unsetSettingsReport } from '../../src/lib/owner-settings.ts';

// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);

// Files unchanged since the last run on this machine are not checked again (check-cache.ts).
const cache = openCheckCache({ scope: resolve(contentRoot) });
const { handbook, versions, errors } = await readHandbook(contentRoot, { frozenReferences: true, cache });
if (!handbook) {
	cache.save();
	console.error([formatErrorReport(errors), frozenErrorsHint(errors, contentRoot)].filter(Boolean).join('\n'));
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
		countOf(interpretations.size, 'afspraak van een team of MT', 'afspraken van teams en MT’s'),
		countOf(terms.size, 'begrip', 'begrippen'),
		...(versions.length > 0 ? [countOf(versions.length, 'gepubliceerde versie', 'gepubliceerde versies')] : []),
	].join(', ')}.`,
);
const newest = versions.at(-1);
if (newest) {
	const warnings = statusDateWarnings(interpretations, readCollection('interpretations', newest.folder, { checkBody: false }, cachedCheck(cache, checkFieldsOnly)).entries, newest.number);
	for (const warning of warnings) console.log(`Let op (geen fout): ${warning}`);
}
// How plain each contribution's Dutch is: advice for its writers, never a reason to refuse it.
const jargon = readJargon(contentRoot, rememberedSettings(cache)).words;
const advice = await contributionAdvice(handbook, jargon, rememberedAdvice(cache, jargon));
cache.save();
if (advice) console.log(`\n${advice}`);
// What only the owner can settle comes last, so it is what the owner reads first after a check.
const unset = unsetSettingsReport(handbook.organisation);
if (unset.length > 0) console.log(`\n${unset.join('\n')}`);
