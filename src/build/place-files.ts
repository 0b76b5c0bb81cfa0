import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * How a built edition's files reach the site folder. Copying thousands of pages costs seconds per
 * edition (≈9 s for 5,000), so a fresh build in the work folder is moved there, and a published
 * version kept in the cache (never written to again) is hard-linked. Either falls back to a copy
 * where the disk does not allow it, such as a site folder on another disk.
 */
export type Placing = 'move' | 'link' | 'copy';

export function placeFiles(from: string, to: string, placing: Placing): void {
	mkdirSync(dirname(to), { recursive: true });
	if (placing === 'move') {
		try {
			renameSync(from, to);
			return;
		} catch {
			// Another disk, or `to` already holds files (an edition served inside another's folder).
		}
	}
	if (placing === 'copy' || placing === 'move') {
		cpSync(from, to, { recursive: true });
		if (placing === 'move') rmSync(from, { recursive: true, force: true });
		return;
	}
	mkdirSync(to, { recursive: true });
	// A folder is listed before what it holds, so each file's folder is there when the file is linked.
	for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
		const source = join(entry.parentPath, entry.name);
		const target = join(to, relative(from, source));
		if (entry.isDirectory()) mkdirSync(target, { recursive: true });
		else if (entry.isFile()) linkOrCopy(source, target);
	}
}

function linkOrCopy(source: string, target: string): void {
	try {
		linkSync(source, target);
	} catch {
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(source, target);
	}
}
