/**
 * The base path: where on its host the whole site is served. '/' on a domain of its own (or a
 * custom domain on GitHub Pages); '/de-sociale-norm/' for a project site at
 * https://<org>.github.io/de-sociale-norm/. Every edition is served under it: the newest version at
 * the base path itself, the working version at <base path>werkversie/, older versions at
 * <base path>versies/<number>/.
 */

/** Where the base path came from, for the build's first line and for its warnings. */
export type BasePathSource = 'option' | 'environment' | 'site' | 'default';

export const basePathSourceNames: Record<BasePathSource, string> = {
	option: 'de optie --base',
	environment: 'HANDBOOK_BASE_PATH',
	site: 'het pad van site in content/organisation.yaml',
	default: 'standaard',
};

/** A folder name in an address: what a repository name on GitHub, GitLab or Gitea may hold. */
const segmentPattern = /^[A-Za-z0-9_.~-]+$/;

/**
 * A base path with a slash at both ends, from what a person or the git host gives: '/de-sociale-norm'
 * (as actions/configure-pages gives it), 'de-sociale-norm/', '/de-sociale-norm/' all become
 * '/de-sociale-norm/'; empty means '/'. A full address or a path that climbs out is refused, in Dutch.
 */
export function normaliseBasePath(raw: string, from = basePathSourceNames.environment): string {
	const given = raw.trim();
	const refuse = (why: string) => new Error(`${from}: "${raw}" is geen bruikbaar pad voor de site. ${why} Geef een pad zoals /de-sociale-norm, of niets voor de hoofdmap van het domein.`);
	if (/^[a-z][a-z0-9+.-]*:/i.test(given) || given.startsWith('//')) throw refuse('Dat is een volledig adres; alleen het pad na de domeinnaam hoort hier.');
	const segments = given.split('/').filter((segment) => segment !== '');
	const wrong = segments.find((segment) => segment === '.' || segment === '..' || !segmentPattern.test(segment));
	if (wrong !== undefined) throw refuse(`Het deel "${wrong}" mag er niet in staan: alleen letters, cijfers en - _ . ~, en geen . of .. als mapnaam.`);
	return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The path part of the site's address in organisation.yaml: 'https://wpi.example/handboek' → '/handboek/'. */
export function basePathOfSite(site: string): string {
	return normaliseBasePath(decodeURI(new URL(site).pathname), 'site in content/organisation.yaml');
}

export interface BasePathSettings {
	/** `npm run build -- --base /x/`. */
	option?: string;
	/** HANDBOOK_BASE_PATH: set by the Pages workflow to configure-pages' base_path; set but empty means '/'. */
	environment?: string;
	/** `site` in content/organisation.yaml. */
	site?: string;
}

/**
 * The base path of a build. The option wins, then HANDBOOK_BASE_PATH (what the host really serves
 * at, even when empty), then the path of `site` (so a site set once in organisation.yaml is built
 * for its own address), then '/'.
 */
export function chooseBasePath({ option, environment, site }: BasePathSettings): { basePath: string; source: BasePathSource } {
	if (option !== undefined) return { basePath: normaliseBasePath(option, basePathSourceNames.option), source: 'option' };
	if (environment !== undefined) return { basePath: normaliseBasePath(environment, basePathSourceNames.environment), source: 'environment' };
	if (site !== undefined) return { basePath: basePathOfSite(site), source: 'site' };
	return { basePath: '/', source: 'default' };
}

/**
 * When `site` names a path the site is not built for, its canonical links and sitemap point at
 * addresses where no page is. Said in Dutch, with what to change; nothing when they agree.
 */
export function sitePathWarning(site: string | undefined, { basePath, source }: { basePath: string; source: BasePathSource }): string | undefined {
	if (site === undefined) return undefined;
	const sitePath = basePathOfSite(site);
	if (sitePath === '/' || sitePath === basePath) return undefined;
	return `content/organisation.yaml — site: dit adres eindigt op ${sitePath}, maar de site wordt gebouwd voor ${basePath} (${basePathSourceNames[source]}). De pagina's werken, maar canonieke links en de sitemap wijzen naar ${new URL(basePath, site).href}. Zet site op het adres waar de site echt staat.`;
}
