import type { AstroIntegration } from 'astro';
import type { Organisation } from '../schemas/organisation.ts';
import { unsetSettingsWarnings } from '../lib/owner-settings.ts';

/** Prints what the owner has not yet settled (src/lib/owner-settings.ts) when a build starts, so the owner sees it with every build. */
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
