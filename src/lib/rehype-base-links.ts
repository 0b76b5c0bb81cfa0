import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Edition } from './edition.ts';
import { samePageIn } from './edition-links.ts';
import { isSiteWide } from './paths.ts';

/** Where an edition is served, and the site's base path, which the pages that exist once are under. */
export type EditionPlace = Pick<Edition, 'base' | 'basePath'>;

/** A link within the site ("/gedragscode/"), not to another host ("//host/…") or a fragment. */
export const isSiteLink = (href: unknown): href is string => typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');

/**
 * "/gedragscode/" in an edition served at /versies/0.6/ is "/versies/0.6/gedragscode/"; a page that
 * exists once for the whole site ("/versies/") is under the base path only.
 */
export function withEditionBase(href: string, { base, basePath }: EditionPlace): string {
	const alreadyWithin = base !== '/' && (href.startsWith(base) || `${href}/` === base);
	if (!isSiteLink(href) || alreadyWithin) return href;
	return samePageIn({ base: isSiteWide(href) ? basePath : base }, href);
}

interface MdxJsxAttribute {
	type: 'mdxJsxAttribute';
	name: string;
	value?: unknown;
}

/**
 * Authors link to pages as they are in the working version ("/gedragscode/"); every edition is
 * served under a base of its own, so each link in Markdown, and each `href` given to a component
 * such as LinkCard, gets that edition's base. Nothing changes for the edition served at /.
 */
export function rehypeBaseLinks(place: EditionPlace) {
	return () => (tree: Root) => {
		if (place.base === '/') return;
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'a' && isSiteLink(node.properties.href)) {
				node.properties.href = withEditionBase(node.properties.href, place);
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of (node as unknown as { attributes: MdxJsxAttribute[] }).attributes) {
					if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && isSiteLink(attribute.value)) {
						attribute.value = withEditionBase(attribute.value, place);
					}
				}
			}
		});
	};
}
