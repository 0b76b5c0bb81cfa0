import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { samePageIn } from './edition-links.ts';
import { isSiteWide } from './routes.ts';

/** A link within the site ("/gedragscode/"), not to another host ("//host/…") or a fragment. */
export const isSiteLink = (href: unknown): href is string => typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');

/** "/gedragscode/" in an edition served at /versies/0.6/ is "/versies/0.6/gedragscode/". */
export function withEditionBase(href: string, base: string): string {
	const alreadyWithin = base !== '/' && (href.startsWith(base) || `${href}/` === base);
	if (!isSiteLink(href) || isSiteWide(href) || alreadyWithin) return href;
	return samePageIn({ base }, href);
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
export function rehypeBaseLinks(base: string) {
	return () => (tree: Root) => {
		if (base === '/') return;
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'a' && isSiteLink(node.properties.href)) {
				node.properties.href = withEditionBase(node.properties.href, base);
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of (node as unknown as { attributes: MdxJsxAttribute[] }).attributes) {
					if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && isSiteLink(attribute.value)) {
						attribute.value = withEditionBase(attribute.value, base);
					}
				}
			}
		});
	};
}
