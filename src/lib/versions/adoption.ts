import type { Status } from '../../schemas/interpretation.ts';
import { standingOf } from '../statuses.ts';
import { compareVersionNumbers } from './version-number.ts';

/** One published version as far as adoption goes: the status of each interpretation it holds. */
export interface PublishedStatuses {
	number: string;
	interpretations: ReadonlyMap<string, Status>;
}

export interface Adoption {
	/** The first version in which the interpretation was adopted (vastgesteld). */
	adopted: string;
	/**
	 * The version from which it no longer was (lapsed, back under discussion, or gone), when that is
	 * still so in the newest version. Adopted again later, it has no withdrawal.
	 */
	withdrawn?: string;
}

/**
 * In which version each interpretation was first adopted and, if it no longer is, from which
 * version on. Read only from the frozen versions, never from dates in the files: the versions are
 * what readers were shown. Interpretations never adopted in any version are not in the result.
 */
export function adoptedIn(history: readonly PublishedStatuses[]): Map<string, Adoption> {
	const adoptions = new Map<string, Adoption>();
	const ascending = [...history].sort((a, b) => compareVersionNumbers(a.number, b.number));
	for (const version of ascending) {
		const isAdopted = (id: string) => {
			const status = version.interpretations.get(id);
			return status !== undefined && standingOf(status) === 'adopted';
		};
		for (const id of version.interpretations.keys()) if (isAdopted(id) && !adoptions.has(id)) adoptions.set(id, { adopted: version.number });
		for (const [id, adoption] of adoptions) {
			if (isAdopted(id)) delete adoption.withdrawn;
			// Adopted before and not now, whether lapsed, reopened or gone: withdrawn from this version on.
			else adoption.withdrawn ??= version.number;
		}
	}
	return adoptions;
}
