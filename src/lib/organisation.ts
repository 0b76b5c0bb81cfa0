import type { Organisation } from '../schemas/organisation.ts';
import { contentRoot } from './content/content-root.ts';
import { readOrganisation } from './content/load-handbook.ts';

let cached: Organisation | undefined;

/** The organisation this site is built for. The build has checked the file before pages read it. */
export function siteOrganisation(): Organisation {
	cached ??= readOrganisation(contentRoot).data;
	if (!cached) throw new Error('content/organisation.yaml kon niet worden gelezen; draai npm run check.');
	return cached;
}
