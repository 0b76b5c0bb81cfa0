import { join } from 'node:path';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { contentRoot } from './content-root.ts';
import { parseWithDutchErrors, type ContentError } from './error-map.ts';
import { displayPath, readYamlFile } from './read-yaml.ts';

/** Reads and checks the organisation file: everything that is the directorate's own. */
export function readOrganisation(path: string): { data?: Organisation; errors: ContentError[] } {
	const read = readYamlFile(path, displayPath(path));
	if (read.errors.length > 0) return { errors: read.errors };
	const parsed = parseWithDutchErrors(organisationSchema, read.data, displayPath(path));
	return { data: parsed.data, errors: parsed.errors };
}

let cached: Organisation | undefined;

/** The organisation this site is built for. The build has checked the file before pages read it. */
export function siteOrganisation(): Organisation {
	cached ??= readOrganisation(join(contentRoot, 'organisation.yaml')).data;
	if (!cached) throw new Error('content/organisation.yaml kon niet worden gelezen; draai npm run check.');
	return cached;
}
