import type { AstroIntegration } from 'astro';
import type { Organisation } from '../../schemas/organisation.ts';
import { unsetOwnerSettings } from '../owner-settings.ts';

/**
 * What only the owner can settle and has not yet (src/lib/owner-settings.ts): help routes,
 * addresses, decisions. The sources give none of them, so none is invented; the owner is told.
 */
export function unsetSettingsWarnings(organisation: Organisation): string[] {
	return unsetOwnerSettings(organisation).map(({ field, what }) => `content/organisation.yaml — ${field} is nog niet ingesteld: ${what}.`);
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
