import { coverageOf, formatShare, type Count } from '../coverage.ts';
import { readOrganisation } from '../content/load-handbook.ts';
import { unsetSettingsWarnings } from '../owner-settings.ts';
import { countOf } from '../count-of.ts';
import { countedNoun } from '../labels.ts';
import { changeSummary } from './change-list.ts';
import { changesBetween, isUnchanged } from './changes.ts';
import { readEditionContent } from './edition-content.ts';
import { pageChangesBetween } from './page-changes.ts';
import type { PublishedVersion } from './published-versions.ts';

/**
 * What publishing a version means for readers, in a few Dutch lines: what they will see change
 * (counted as the list of versions and the feed will count it, examples apart), how far the
 * handbook is before and after, and in one line what the owner has not set yet.
 */
export function readerReport(contentRoot: string, last: PublishedVersion | undefined): { lines: string[]; unchanged: boolean } {
	const now = readEditionContent({ contentFolder: contentRoot, published: false });
	const before = last && readEditionContent({ contentFolder: last.folder, published: true });
	const organisation = readOrganisation(contentRoot).data;
	const lines: string[] = [];
	let unchanged = false;
	if (last && before) {
		const changes = changesBetween(before, now);
		const pages = pageChangesBetween(last.folder, contentRoot);
		unchanged = isUnchanged(changes) && [pages.terms, pages.pages].every(({ added, changed, removed }) => added.length + changed.length + removed.length === 0);
		lines.push(`Wat lezers zien veranderen sinds versie ${last.number}:`, ...changeSummary(changes, pages).map((line) => `  - ${line}`));
	}
	const aim = organisation?.coverageAim;
	const after = coverageOf(now, aim);
	const previous = before && coverageOf(before, aim);
	const figure = (count: Count | undefined, was: Count | undefined, share = false) => {
		if (!count) return '';
		const shown = (value: Count) => (share ? `${formatShare(value)} (${value.covered} van de ${value.total})` : `${value.covered} van de ${value.total}`);
		return was ? `${shown(was)} → ${shown(count)}` : shown(count);
	};
	lines.push(
		`Dekking: ${aim && after.aim ? `op weg naar de ${aim.label} ${figure(after.aim, previous?.aim)}; ` : ''}in het hele handboek ${figure(after.overall, previous?.overall, true)} ${countedNoun(after.counted.overall, after.overall.total)} met een vastgestelde afspraak.`,
	);
	// Settings are not frozen: what the owner fills in later holds for every version at once.
	const unset = organisation ? unsetSettingsWarnings(organisation).length : 0;
	if (unset > 0) lines.push(`Nog niet ingesteld in organisation.yaml: ${countOf(unset, 'instelling', 'instellingen')}; ze gelden voor elke versie zodra ze zijn ingevuld (npm run build noemt ze).`);
	return { lines, unchanged };
}
