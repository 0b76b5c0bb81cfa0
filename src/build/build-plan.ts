import { sep } from 'node:path';
import { previousOf, readEditions, type Edition } from '../lib/edition.ts';
import { listFiles } from '../lib/content/content-files.ts';
import { readOrganisation } from '../lib/content/load-handbook.ts';
import { versionsDirectory } from '../lib/versions/published-versions.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { buildInputsDigest, editionCacheKeys } from './edition-cache.ts';

/**
 * What the build works out from the content before it builds an edition (scripts/build.ts): the
 * editions in the order they are built, the cache key of each published one, the heap each
 * edition's Astro process gets, and the handbook's title for the assembly. Plain data, so that it
 * can be worked out in a process of its own (scripts/lib/plan-build.ts).
 */
export interface BuildPlan {
	editions: Edition[];
	/** By edition id; the working version has none: it is always built. */
	cacheKeys: Record<string, string>;
	/**
	 * The code, the settings and the versions' manifests, hashed: the working version's pages are
	 * rendered again only where this or their own content changed (src/lib/page-cache-key.ts).
	 */
	pageCacheSeed: string;
	/** By edition id, in MB: `--max-old-space-size` of its Astro build. */
	heapLimits: Record<string, number>;
	/** By edition id: its content files, the measure of what its Astro build leaves in memory (src/build/astro-runs.ts). */
	contentFiles: Record<string, number>;
	/** From organisation.yaml; missing when that file has a mistake, which stops the first edition's build with the Dutch report. */
	handbookTitle?: string;
	/** The handbook's public address (`site` in organisation.yaml), where the PDFs' links lead; none while unset. */
	site?: string;
}

/** `organisation`: the settings as the caller read them to choose `basePath`, so they are read once. */
export function planBuild({ projectRoot, contentRoot, basePath, organisation = readOrganisation(contentRoot).data }: { projectRoot: string; contentRoot: string; basePath: string; organisation?: Organisation }): BuildPlan {
	const editions = readEditions(contentRoot, { basePath });
	const contentFiles = Object.fromEntries(editions.map((edition) => [edition.id, contentFilesOf(edition)]));
	const inputsDigest = buildInputsDigest({ projectRoot, contentRoot, editions });
	return {
		editions,
		cacheKeys: Object.fromEntries(editionCacheKeys({ projectRoot, contentRoot, editions }, inputsDigest)),
		pageCacheSeed: inputsDigest,
		heapLimits: Object.fromEntries(editions.map((edition) => [edition.id, heapLimitFor(edition, editions, contentFiles)])),
		contentFiles,
		handbookTitle: organisation?.handbookTitle,
		site: organisation?.site,
	};
}

/**
 * Node lets a process's heap grow far beyond what it uses before it collects, so Astro's heap is
 * limited to what it keeps alive plus room: 768 MB, 0.15 MB per content file of the edition (its
 * pages are rendered and kept until the build ends) and 0.05 MB per
 * file of the version before it, which is read to compare. At 5,000 interpretations the earlier
 * 512 + 0.05 MB a file stopped a published version's build with "heap out of memory".
 */
function heapLimitFor(edition: Edition, editions: Edition[], contentFiles: Record<string, number>): number {
	const previous = previousOf(edition, editions);
	return Math.round(768 + 0.15 * contentFiles[edition.id]! + (previous ? 0.05 * contentFiles[previous.id]! : 0));
}

const contentFilesOf = (edition: Edition) => listFiles(edition.contentFolder).filter((file) => !file.startsWith(`${versionsDirectory}${sep}`)).length;
