import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Marks the sidebar link to `href` as the reader's location and opens the groups around it, for a
 * page the sidebar does not list itself (an interpretation shows where its rule is). Returns
 * whether the link was found.
 */
export function markLocation(entries: SidebarEntry[], href: string): boolean {
	for (const entry of entries) {
		if (entry.type === 'link' && entry.href === href) {
			entry.attrs = { ...entry.attrs, 'aria-current': 'location' };
			return true;
		}
		if (entry.type === 'group' && markLocation(entry.entries, href)) {
			entry.collapsed = false;
			return true;
		}
	}
	return false;
}
