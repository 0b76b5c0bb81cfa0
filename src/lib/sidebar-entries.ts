import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { SidebarItem } from './sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type Pagination = StarlightRouteData['pagination'];
type PrevNext = StarlightRouteData['entry']['data']['prev'];

/**
 * A page's sidebar, as Starlight's route data holds it, made from items in the shape of Starlight's
 * `sidebar` option (src/lib/sidebar.ts). The config's sidebar stays empty, so the config reads no
 * content; src/route-data.ts sets this for each page. Made the way Starlight makes a configured
 * sidebar (@astrojs/starlight/utils/navigation.ts, not exported): a link gets the edition's base
 * (`withBase`), the first link to the page's own address is current, a badge is `{ variant, text }`.
 */
export function sidebarEntries(items: readonly SidebarItem[], pathname: string, withBase: (link: string) => string): SidebarEntry[] {
	const entries = items.map((item) => entryOf(item, withBase));
	const current = links(entries).find((link) => samePath(link.href, pathname));
	if (current) current.isCurrent = true;
	return entries;
}

function entryOf(item: SidebarItem, withBase: (link: string) => string): SidebarEntry {
	if (typeof item === 'object' && 'link' in item) {
		return { type: 'link', label: item.label, href: withBase(item.link), badge: badgeOf(item.badge), isCurrent: false, attrs: item.attrs ?? {} };
	}
	if (typeof item === 'object' && 'items' in item) {
		return { type: 'group', label: item.label, entries: item.items.map((inner) => entryOf(inner, withBase)), collapsed: item.collapsed ?? false, badge: badgeOf(item.badge) };
	}
	// The handbook's sidebar is built of links and groups only; Starlight resolves the other kinds from its config.
	throw new Error(`Een item van de zijbalk is geen link of groep: ${JSON.stringify(item)}`);
}

function badgeOf(badge: Extract<SidebarItem, { link: string }>['badge']): SidebarLink['badge'] {
	if (badge === undefined) return undefined;
	if (typeof badge === 'string') return { variant: 'default', text: badge };
	if (typeof badge.text !== 'string') throw new Error('De zijbalk gebruikt geen vertaalde badges.');
	return { ...badge, text: badge.text, variant: badge.variant ?? 'default' };
}

/** Every link of a sidebar in reading order. */
export const links = (entries: readonly SidebarEntry[]): SidebarLink[] => entries.flatMap((entry) => (entry.type === 'link' ? [entry] : links(entry.entries)));

/** Starlight compares addresses without a trailing slash. */
const samePath = (href: string, pathname: string) => encodeURI(href).replace(/\/$/, '') === pathname.replace(/\/$/, '');

/**
 * The previous and next page below the content: the links around the current one in the sidebar,
 * unless the page's frontmatter (`prev`, `next`) says otherwise; as Starlight's getPrevNextLinks.
 */
export function paginationOf(entries: readonly SidebarEntry[], frontmatter: { prev?: PrevNext; next?: PrevNext }): Pagination {
	const all = links(entries);
	const at = all.findIndex((link) => link.isCurrent);
	return { prev: applied(all[at - 1], frontmatter.prev), next: applied(at > -1 ? all[at + 1] : undefined, frontmatter.next) };
}

function applied(link: SidebarLink | undefined, setting: PrevNext): SidebarLink | undefined {
	if (setting === false) return undefined;
	if (typeof setting === 'string') return link && { ...link, label: setting };
	if (typeof setting === 'object') {
		if (link) return { ...link, label: setting.label ?? link.label, href: setting.link ?? link.href, attrs: {} };
		if (setting.link && setting.label) return { type: 'link', label: setting.label, href: setting.link, badge: undefined, isCurrent: false, attrs: {} };
		return undefined;
	}
	return link;
}
