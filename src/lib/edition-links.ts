import type { Edition } from './edition.ts';

/** The path of a page within its edition: "/werkversie/gedragscode/" → "/gedragscode/". */
export function pathInEdition(pathname: string, edition: Pick<Edition, 'base'>): string {
	return pathname.startsWith(edition.base) ? `/${pathname.slice(edition.base.length)}` : '/';
}

/**
 * The same page in another edition; where that edition lacks it, the built site forwards to the
 * nearest page (assemble-site.ts). With `{ base: basePath }`, a path within the site as served.
 */
export function samePageIn(edition: Pick<Edition, 'base'>, path: string): string {
	return edition.base.replace(/\/$/, '') + path;
}
