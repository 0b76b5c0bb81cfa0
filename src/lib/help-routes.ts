import type { HelpRole, HelpRoute } from '../schemas/help-routes.ts';
import { helpRouteKindLabels } from './labels.ts';

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

/** The id of a role's card on the help page, so that other cards can link to it. */
export function helpRoleAnchor(role: string): string {
	return `rol-${role
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;
}

/** Another role named as a fallback: its name, its card, and for whom it is. */
export interface HelpRoleReference {
	role: string;
	anchor: string;
	onlyFor?: string;
}

export interface HelpRoleView {
	role: string;
	anchor: string;
	about: string;
	/** Who the role is for, when not for everyone. */
	onlyFor?: string;
	/** The role exists to be reached around the line: its fallback never goes through the line. */
	bypassesLine: boolean;
	links: { kind: string; text: string; href: string }[];
	/** No route is set yet, although one is expected. */
	missing: boolean;
	/** While the route is missing: what is true meanwhile and whom else to turn to (the role's `whileUnset`). */
	meanwhile?: { note?: string; rule?: string; askInstead: HelpRoleReference[] };
}

/** The roles as the help page shows them: each route as a working link, each gap marked with the role's own fallback. */
export function helpRoleViews(roles: readonly HelpRole[]): HelpRoleView[] {
	const missing = new Set(rolesWithoutRoute(roles));
	const byName = new Map(roles.map((role) => [role.role, role]));
	const reference = (name: string): HelpRoleReference[] => {
		const target = byName.get(name);
		return target ? [{ role: target.role, anchor: helpRoleAnchor(target.role), ...(target.onlyFor ? { onlyFor: target.onlyFor } : {}) }] : [];
	};
	return roles.map((role) => ({
		role: role.role,
		anchor: helpRoleAnchor(role.role),
		about: role.about,
		...(role.onlyFor ? { onlyFor: role.onlyFor } : {}),
		bypassesLine: role.bypassesLine,
		links: role.routes.map((route) => ({
			kind: helpRouteKindLabels[route.kind],
			// A phone number or address is worth seeing; a web address is not.
			text: route.kind === 'telefoon' || route.kind === 'e-mail' ? `${route.label}: ${route.value}` : route.label,
			href: helpRouteHref(route),
		})),
		missing: missing.has(role),
		...(missing.has(role)
			? {
					meanwhile: {
						...(role.whileUnset?.note ? { note: role.whileUnset.note } : {}),
						...(role.whileUnset?.rule ? { rule: role.whileUnset.rule } : {}),
						askInstead: (role.whileUnset?.askInstead ?? []).flatMap(reference),
					},
				}
			: {}),
	}));
}

/**
 * The roles a reader can reach right now, for the block "Direct hulp" at the top of the help page:
 * those with a route set, the roles that bypass the line first. Empty while no route is set, so the
 * block never shows without something true in it.
 */
export function directHelpViews(views: readonly HelpRoleView[]): HelpRoleView[] {
	const reachable = views.filter((view) => view.links.length > 0);
	return [...reachable.filter((view) => view.bypassesLine), ...reachable.filter((view) => !view.bypassesLine)];
}
