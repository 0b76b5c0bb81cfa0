import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks, type EditionPlace } from './rehype-base-links.ts';
import { rehypeTableRegions } from './rehype-table-regions.ts';

/**
 * The handbook's own Markdown plugins, on top of what Astro does to every body by default
 * (typographic quotes before them, heading ids after them). Defined once: Astro's pipeline
 * (astro.config.mjs, for the maintainers' MDX pages) and render-body.ts (for contributed bodies)
 * both use this list, so a body renders the same on either path. remark-gfm explicitly, so tables
 * and lists render the same in every MDX file; wide tables scroll in a region of their own; links
 * within the site get the edition's base.
 */
export function markdownPlugins(place: EditionPlace) {
	return {
		remarkPlugins: [remarkGfm],
		rehypePlugins: [rehypeTableRegions, rehypeBaseLinks(place)],
	};
}
