import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './astro.ts';

/** Where the source documents lie when nobody says otherwise: beside the repository, as on this project's own CI. */
export const defaultSourceFolder = '../shared/seeds';

export interface SourceDocuments {
	/** The folder, absolute. */
	folder: string;
	/** Whether HANDBOOK_SOURCES named it: then a missing folder is a mistake, not a reason to skip. */
	named: boolean;
	present: boolean;
}

/**
 * The source documents (Dutch texts the handbook quotes) are not part of the repository. Tests
 * that need them find them through one setting, HANDBOOK_SOURCES, relative to the project root;
 * a lone clone (a contributor's, the git host's CI) has none and skips those tests.
 */
export function sourceDocuments(env: NodeJS.ProcessEnv = process.env): SourceDocuments {
	const setting = env.HANDBOOK_SOURCES?.trim();
	const folder = resolve(projectRoot, setting || defaultSourceFolder);
	return { folder, named: Boolean(setting), present: existsSync(folder) };
}

/** Why tests that need the documents did not run, in Dutch and English, for the test output. */
export const skipReason = ({ folder }: SourceDocuments) =>
	`Overgeslagen: de brondocumenten staan niet in ${folder}; zet HANDBOOK_SOURCES op de map met de brondocumenten om te controleren of citaten letterlijk kloppen. ` +
	`/ Skipped: no source documents in ${folder}; set HANDBOOK_SOURCES to check quotes word for word.`;
