import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editionCacheFolder } from '../../src/build/edition-cache.ts';
import { checkHandbook } from './builds.ts';
import { changeWorkingVersion } from './handbook.ts';
import type { MeasuredRun } from './measure-command.ts';
import { medianBuild } from './repeated-builds.ts';
import type { CheckTimes } from './results.ts';

/**
 * What the benchmark does before each build of one kind: every warm build gets a change of its own
 * in the working version (a build keeps the pages and the PDF that show nothing that changed, so a
 * build after no change would say too little); a cold one starts with no kept edition, as on a git
 * host that saved no cache, so it neither removes one to keep its own (at 5,000 interpretations
 * about 1 s an edition) nor prunes one of other versions.
 */
export function prepareRound(projectRoot: string, content: string, { cold }: { cold: boolean }): void {
	if (cold) rmSync(editionCacheFolder(projectRoot, content), { recursive: true, force: true });
	else changeWorkingVersion(content);
}

/**
 * `npm run check` twice, `repeats` times: the first time on files no check has seen (after the
 * first round on a copy of the handbook in a folder of its own under `folder`: a stored check is
 * used only for the same content folder), then again with nothing changed; each the median of its
 * rounds (repeated-builds.ts), with every round's time.
 */
export async function checkRepeated(projectRoot: string, content: string, folder: string, repeats: number): Promise<CheckTimes> {
	const firsts: MeasuredRun[] = [];
	const agains: MeasuredRun[] = [];
	for (let round = 1; round <= repeats; round++) {
		const checked = round === 1 ? content : join(folder, `check-${round}`, 'content');
		if (checked !== content) cpSync(content, checked, { recursive: true });
		try {
			firsts.push(await checkHandbook(projectRoot, checked, join(folder, `check-${round}-1.log`)));
			agains.push(await checkHandbook(projectRoot, checked, join(folder, `check-${round}-2.log`)));
		} finally {
			if (checked !== content) rmSync(dirname(checked), { recursive: true, force: true });
		}
	}
	return {
		coldSeconds: medianBuild(firsts).build.seconds,
		unchangedSeconds: medianBuild(agains).build.seconds,
		coldRuns: firsts.map((run) => run.seconds),
		unchangedRuns: agains.map((run) => run.seconds),
	};
}
