import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What remark-smartypants (retext-smartypants 6, with Astro's defaults) can change in a text: a
 * straight quote or backtick, a double dash, or dots that make an ellipsis (`...`, `. . .`).
 * Inline code counts as letters there, so only text nodes matter.
 */
const typographicMark = /["'`]|--|\.\s*\./;

/**
 * remark-smartypants, skipped for a body without anything it could change. It runs the body's text
 * through retext, once for the quotes and again for every text node: about a third of what it costs
 * to render a body, while two of three contributions hold no straight quote, dash or ellipsis
 * (Dutch text uses „…” or none). A body it does change goes through it unchanged.
 */
export function remarkSmartypantsWhereNeeded() {
	const smartypants = unified().use(remarkSmartypants);
	return (tree: Root) => {
		let needed = false;
		visit(tree, 'text', (node) => {
			needed = typographicMark.test(node.value);
			return needed ? false : undefined;
		});
		if (needed) smartypants.runSync(tree);
	};
}
