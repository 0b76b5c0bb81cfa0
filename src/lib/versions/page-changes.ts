import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentFormat } from '../../schemas/collections.ts';
import { listFiles } from '../content/content-files.ts';
import { parseEntrySource } from '../content/parse-entry-source.ts';
import { paths } from '../paths.ts';

/** A term or a page of explanation that is new, updated or gone between two editions. */
export interface PageChange {
	title: string;
	/** Its address within an edition. */
	path: string;
}

export interface PageChangeGroups {
	added: PageChange[];
	changed: PageChange[];
	removed: PageChange[];
}

/** What changed in the glossary and in the pages of explanation and help, which have no status or wording fields. */
export interface PageChanges {
	terms: PageChangeGroups;
	pages: PageChangeGroups;
}

interface Folder {
	/** Folder under an edition's content folder. */
	directory: string;
	/** How its files are written: the whole file YAML, or YAML fields above an MDX body. */
	format: ContentFormat;
	/** The field that holds its title. */
	titleField: string;
	pathOf: (file: string) => string;
}

const folders = {
	terms: { directory: 'terms', format: 'yaml', titleField: 'term', pathOf: (file: string) => paths.term(stem(file)) },
	pages: { directory: 'docs', format: 'mdx', titleField: 'title', pathOf: (file: string) => (stem(file) === 'index' ? paths.home : `/${stem(file)}/`) },
} satisfies Record<keyof PageChanges, Folder>;

/** The title of a file as its fields give it (read as the content check reads them), else its name. */
function titleOf(file: string, text: string, { format, titleField }: Folder): string {
	const title = parseEntrySource(text, format, file).source?.data[titleField];
	return typeof title === 'string' ? title.trim() : stem(file);
}

const stem = (file: string) => file.slice(0, -extname(file).length).split('\\').join('/');

/**
 * Which terms and pages of explanation are new, updated or gone between two editions' folders. A
 * file whose text differs only in spaces and line breaks has not changed.
 */
export function pageChangesBetween(beforeFolder: string, afterFolder: string): PageChanges {
	const compare = (folder: Folder): PageChangeGroups => {
		const { directory, pathOf } = folder;
		const read = (editionFolder: string) => {
			const root = join(editionFolder, directory);
			const texts = new Map<string, string>();
			if (existsSync(root)) for (const file of listFiles(root)) texts.set(file, readFileSync(join(root, file), 'utf8'));
			return texts;
		};
		const before = read(beforeFolder);
		const after = read(afterFolder);
		const change = (file: string, text: string): PageChange => ({ title: titleOf(file, text, folder), path: pathOf(file) });
		const words = (text: string) => text.replace(/\s+/g, ' ').trim();
		const byTitle = (a: PageChange, b: PageChange) => a.title.localeCompare(b.title, 'nl');
		return {
			added: [...after].filter(([file]) => !before.has(file)).map(([file, text]) => change(file, text)).sort(byTitle),
			changed: [...after].filter(([file, text]) => before.has(file) && words(before.get(file)!) !== words(text)).map(([file, text]) => change(file, text)).sort(byTitle),
			removed: [...before].filter(([file]) => !after.has(file)).map(([file, text]) => change(file, text)).sort(byTitle),
		};
	};
	return { terms: compare(folders.terms), pages: compare(folders.pages) };
}
