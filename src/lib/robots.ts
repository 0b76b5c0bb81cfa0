import { samePageIn } from './edition-links.ts';
import { isIndexed, type Edition } from './edition.ts';
import { sitePaths } from './paths.ts';

/**
 * The site's robots.txt: search engines may list the edition readers land on, not the working
 * version (proposals nobody adopted) nor the versions' own addresses (older versions, and the
 * newest one's, which only forwards), as the `noindex` in each of those pages says too. The list of
 * all versions stays findable. With `site` set, it names the sitemap. Crawlers read robots.txt only
 * at the root of a host: under a base path (a project site on GitHub Pages) the pages' own
 * `noindex` is what counts.
 */
export function robotsTxt(editions: Edition[], site: string | undefined): string {
	const onSite = (path: string) => samePageIn({ base: editions[0]!.basePath }, path);
	const hidden = [
		...editions.filter((edition) => !edition.published && !isIndexed(edition)).map((edition) => `Disallow: ${edition.base}`),
		...(editions.some((edition) => edition.published) ? [`Disallow: ${onSite(sitePaths.versions)}`, `Allow: ${onSite(sitePaths.versions)}$`] : []),
	];
	const lines = [
		'# Zoekmachines tonen alleen de versie van het handboek die nu geldt.',
		'User-agent: *',
		...(hidden.length > 0 ? hidden : ['Disallow:']),
		...(site ? ['', `Sitemap: ${new URL(onSite('/sitemap-index.xml'), site).href}`] : []),
	];
	return `${lines.join('\n')}\n`;
}
