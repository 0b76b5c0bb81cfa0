import type { AstroIntegration } from 'astro';
import type { Organisation } from '../../schemas/organisation.ts';
import { rolesWithoutRoute } from '../help-routes.ts';

/**
 * What only the owner can settle and has not yet: each role a reader may need to reach without a
 * way to reach it. The sources give no addresses, so none is invented; the owner is told instead.
 */
export function unsetSettingsWarnings(organisation: Organisation): string[] {
	return rolesWithoutRoute(organisation.helpRoles).map(
		({ role }) =>
			`content/organisation.yaml — helpRoles, "${role}": nog geen manier om deze rol te bereiken (routes is leeg). De hulppagina zegt lezers wie ze in plaats daarvan kunnen vragen; vul een link, telefoonnummer, e-mailadres of intranetpagina in.`,
	);
}

/** Prints the warnings when a build starts, so the owner sees them with every build. */
export function unsetSettingsWarningsOnBuild(organisation: Organisation): AstroIntegration {
	return {
		name: 'handbook:unset-settings-warnings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const warning of unsetSettingsWarnings(organisation)) logger.warn(warning);
			},
		},
	};
}
