import type { Status } from '../../schemas/interpretation.ts';
import { statusDescriptions } from '../statuses.ts';

interface Dated {
	file: string;
	data: { status: Status; date: string };
}

/**
 * Interpretations whose status changed since the newest published version while their date did
 * not: a proposal adopted without the day of adoption, which readers would see as "Vastgesteld
 * sinds" the day it was proposed. A warning, not an error: the old date can be right, for a
 * decision made that same day.
 */
export function statusDateWarnings(working: Iterable<[string, Dated]>, published: ReadonlyMap<string, Dated>, versionNumber: string): string[] {
	const warnings: string[] = [];
	for (const [id, now] of working) {
		const then = published.get(id);
		if (!then || then.data.status === now.data.status || then.data.date !== now.data.date) continue;
		const label = (status: Status) => statusDescriptions[status].label.toLowerCase();
		warnings.push(
			`${now.file} — veld "date": de status is nu "${label(now.data.status)}" (in versie ${versionNumber}: "${label(then.data.status)}"), maar de datum is nog ${now.data.date}, net als in versie ${versionNumber}. Lezers zien "${statusDescriptions[now.data.status].label} sinds" die datum; zet bij een nieuwe status de datum op de dag dat die inging (README, "Een voorstel vaststellen").`,
		);
	}
	return warnings;
}
