import type { AstroIntegration } from 'astro';
import { checkAllContent } from '../lib/content/check-all-content.ts';
import { formatErrorReport } from '../lib/content/error-map.ts';

/**
 * In the development server, checks the content in `contentRoot` again whenever a file in it
 * changes, so an author sees the Dutch report at once. (A build checks the content when the config loads.)
 */
export function contentCheckOnChange(contentRoot: string): AstroIntegration {
	return {
		name: 'handbook:content-check-on-change',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(contentRoot)) return;
					const { errors } = checkAllContent(contentRoot);
					if (errors.length > 0) logger.error(formatErrorReport(errors));
					else logger.info('De inhoud van het handboek is in orde.');
				});
			},
		},
	};
}
