/** How work agreements relate to their topic and kind, in one place for the sidebar, pages and the proposal form. */

import type { AgreementKind } from '../schemas/agreement.ts';
import { byNumber } from './by-number.ts';

interface AgreementLike {
	data: { number: number; topic: string; kind: AgreementKind };
}

/** The agreements of one kind about one topic, in the order their source numbers them. */
export function agreementsOf<T extends AgreementLike>(agreements: Iterable<T>, topicId: string, kind: AgreementKind): T[] {
	return [...agreements].filter((agreement) => agreement.data.topic === topicId && agreement.data.kind === kind).sort(byNumber);
}
