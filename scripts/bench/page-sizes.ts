import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PageFile {
	/** The path in the built site, with forward slashes: gedragscode/index.html. */
	path: string;
	bytes: number;
}

export interface PageSizeStats {
	/** Every .html file: pages, the 404 page and forwarding pages alike. */
	pages: number;
	largest: PageFile | null;
	medianBytes: number | null;
	/** Every file of the built site, HTML or not. */
	totalBytes: number;
}

/** Every file under a folder with its size, paths relative to it with forward slashes. */
export function filesOf(directory: string): PageFile[] {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const absolute = join(entry.parentPath, entry.name);
			return { path: relative(directory, absolute).split(sep).join('/'), bytes: statSync(absolute).size };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

export const isHtmlPage = (file: PageFile) => file.path.endsWith('.html');

/** The median of some numbers; the mean of the middle two for an even count. */
export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How many pages a built site has, its largest and median page, and the size of the whole site. */
export function pageSizeStats(files: PageFile[]): PageSizeStats {
	const pages = files.filter(isHtmlPage);
	const largest = pages.reduce<PageFile | null>((big, page) => (big === null || page.bytes > big.bytes ? page : big), null);
	return {
		pages: pages.length,
		largest,
		medianBytes: median(pages.map((page) => page.bytes)),
		totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
	};
}

/** The .html files of the edition at `path` ('/', '/werkversie/'), without those of the other editions whose folders lie within it. */
export function pagesOfEdition(files: PageFile[], path: string, otherEditions: string[]): number {
	const folder = (edition: string) => edition.replace(/^\/|\/$/g, '');
	const own = folder(path);
	const others = otherEditions.map(folder).filter((other) => other !== own && other.startsWith(own));
	const inFolder = (file: PageFile, name: string) => name === '' || file.path.startsWith(`${name}/`);
	return files.filter((file) => isHtmlPage(file) && inFolder(file, own) && !others.some((other) => inFolder(file, other))).length;
}
