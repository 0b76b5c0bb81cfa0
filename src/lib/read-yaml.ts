import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { ContentError } from './error-map.ts';

const yamlProblems: Record<string, string> = {
	DUPLICATE_KEY: 'een veld staat twee keer in het bestand',
	BAD_INDENT: 'de inspringing klopt niet',
	MISSING_CHAR: 'er ontbreekt een teken, zoals een dubbele punt of een aanhalingsteken',
	MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; staat er een dubbele punt te veel of te weinig?',
	BLOCK_AS_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; staat er een dubbele punt te veel of te weinig?',
	TAB_AS_INDENT: 'er wordt ingesprongen met een tab; gebruik spaties',
};

/** Paths in messages are relative to where the command runs, as an author types them. */
export const displayPath = (path: string) => relative(process.cwd(), path) || path;

/**
 * Reads one YAML file as plain data. The core schema keeps dates as text, so every reader of the
 * content sees the same values.
 */
export function readYamlFile(absolutePath: string, file: string): { data: unknown; errors: ContentError[] } {
	const document = parseDocument(readFileSync(absolutePath, 'utf8'), { schema: 'core', prettyErrors: true });
	if (document.errors.length > 0) {
		const errors = document.errors.map((error) => {
			const line = error.linePos?.[0];
			const where = line ? ` op regel ${line.line}, kolom ${line.col}` : '';
			const problem = yamlProblems[error.code] ?? 'de opmaak klopt niet';
			return { file, message: `is geen geldige YAML${where}: ${problem}` };
		});
		return { data: undefined, errors };
	}
	const data = document.toJS();
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { data: undefined, errors: [{ file, message: 'is leeg of bevat geen velden; verwacht regels als "title: ..."' }] };
	}
	return { data, errors: [] };
}

/** Every file under a folder (hidden ones skipped), as sorted paths relative to that folder. */
export function listFiles(directory: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.filter((name) => !name.split(sep).some((part) => part.startsWith('.')))
		.sort();
}
