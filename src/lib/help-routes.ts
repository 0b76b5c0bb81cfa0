import type { HelpRole, HelpRoute } from '../schemas/help-routes.ts';
import { helpRouteKindLabels } from './labels.ts';
import { siteOrganisation } from './organisation.ts';

/** The address a link to a route opens: the web address itself, `tel:` or `mailto:`. */
export function helpRouteHref(route: HelpRoute): string {
	switch (route.kind) {
		case 'telefoon':
			// "+31 (0)20 …": the (0) is dialled only from inside the country.
			return `tel:${route.value.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '')}`;
		case 'e-mail':
			return `mailto:${route.value}`;
		default:
			return route.value;
	}
}

/**
 * The roles a reader cannot reach yet: no route set, and not someone of their own (their
 * leidinggevende, their buddy). The build warns about these; the help page says so beside each.
 */
export function rolesWithoutRoute(roles: readonly HelpRole[]): HelpRole[] {
	return roles.filter((role) => !role.reachedDirectly && role.routes.length === 0);
}

export interface HelpRoleView {
	role: string;
	about: string;
	links: { kind: string; text: string; href: string }[];
	/** No route is set yet, although one is expected. */
	missing: boolean;
}

/** The roles as the help page shows them: each route as a working link, each gap marked. */
export function helpRoleViews(roles: readonly HelpRole[] = siteOrganisation().helpRoles): HelpRoleView[] {
	const missing = new Set(rolesWithoutRoute(roles));
	return roles.map((role) => ({
		role: role.role,
		about: role.about,
		links: role.routes.map((route) => ({
			kind: helpRouteKindLabels[route.kind],
			// A phone number or address is worth seeing; a web address is not.
			text: route.kind === 'telefoon' || route.kind === 'e-mail' ? `${route.label}: ${route.value}` : route.label,
			href: helpRouteHref(route),
		})),
		missing: missing.has(role),
	}));
}
