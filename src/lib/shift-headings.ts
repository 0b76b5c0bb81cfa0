import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Moves the headings of rendered HTML down by `by` levels (at most to h6), so a whole page placed
 * under a heading of another (the help page in the handreiking) keeps that page's outline whole.
 */
export function shiftHeadingsIn(html: string, by: number): string {
	const tree = fromHtml(html, { fragment: true });
	visit(tree, 'element', (node) => {
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (depth) node.tagName = `h${Math.min(Number(depth) + by, 6)}`;
	});
	return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
