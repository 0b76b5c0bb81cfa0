// The first step of `npm run build` (scripts/build.ts), in a process of its own: chooses the base
// path, verifies that no published version changed, and writes the build's plan (src/build/build-plan.ts)
// as JSON to the file --plan names. Verifying reads every frozen file and parsing the versions'
// manifests makes much garbage: about 110 MB of heap at 5,000 interpretations with 3 versions, which
// V8 keeps as the process's own while the build waits for each edition's Astro process. This
// process ends, and gives it back, before the first edition is built.
// Usage: node scripts/lib/plan-build.ts --plan <file> [--base /de-sociale-norm/]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { basePathSourceNames } from '../../src/lib/base-path.ts';
import { contentRootOf } from '../../src/lib/content/content-root.ts';
import { readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { planBuild } from '../../src/build/build-plan.ts';
import { changedVersionsReport } from '../../src/build/published-versions-unchanged.ts';
import { basePathOrExit } from './base-path-or-exit.ts';

const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);
const { values } = parseArgs({ options: { plan: { type: 'string' }, base: { type: 'string' } } });
const organisation = readOrganisation(contentRoot).data;
const { basePath, source, siteWarning } = basePathOrExit({ option: values.base, environment: process.env.HANDBOOK_BASE_PATH, site: organisation?.site });
console.log(`De site wordt gebouwd voor ${basePath} (${basePathSourceNames[source]}).`);
if (siteWarning) console.warn(`Let op: ${siteWarning}`);
// Once for the whole build, not in every edition's process: no published version has changed.
const changedVersions = changedVersionsReport(contentRoot);
if (changedVersions) {
	console.error(changedVersions);
	process.exit(1);
}
const projectRoot = resolve(import.meta.dirname, '..', '..');
writeFileSync(values.plan!, JSON.stringify({ basePath, ...planBuild({ projectRoot, contentRoot, basePath, organisation }) }));
