// PROVISIONAL: replaced by the publish branch's reader when it is merged.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentError } from '../content/error-map.ts';

export interface PublishedVersion {
	number: string;
	label: string;
	date: string;
	previous?: string;
	folder: string;
}

export function readPublishedVersions(contentRoot: string): { versions: PublishedVersion[]; errors: ContentError[] } {
	const root = join(contentRoot, 'versions');
	if (!existsSync(root)) return { versions: [], errors: [] };
	const versions = readdirSync(root).map((name) => {
		const data = parse(readFileSync(join(root, name, 'version.yaml'), 'utf8'));
		return { number: String(data.number), label: data.label, date: String(data.date), previous: data.previous, folder: join(root, name) };
	});
	return { versions: versions.sort((a, b) => Number(a.number) - Number(b.number)), errors: [] };
}
