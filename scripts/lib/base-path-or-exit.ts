import { chooseBasePath, sitePathWarning, type BasePathSettings, type BasePathSource } from '../../src/lib/base-path.ts';

/**
 * The base path the build and the preview serve the site under (src/lib/base-path.ts), with a
 * warning when `site` names another path. One that cannot be used stops the command before it does
 * anything, with its Dutch reason.
 */
export function basePathOrExit(settings: BasePathSettings): { basePath: string; source: BasePathSource; siteWarning?: string } {
	try {
		const chosen = chooseBasePath(settings);
		return { ...chosen, siteWarning: sitePathWarning(settings.site, chosen) };
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
