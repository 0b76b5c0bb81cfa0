import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** The heading a table stands under, or else its column headers: what the table is about. */
function tableName(table: Element, siblings: ElementContent[]): string {
	const before = siblings.slice(0, siblings.indexOf(table)).reverse();
	const heading = before.find((node): node is Element => isElement(node) && headingTags.has(node.tagName));
	if (heading) return toString(heading).trim();
	const headerCells: string[] = [];
	visit(table, 'element', (node) => {
		if (node.tagName === 'th') headerCells.push(toString(node).trim());
	});
	return headerCells.join(', ');
}

/**
 * Puts every Markdown table in a region of its own that scrolls sideways when the table is wider
 * than the screen. Keyboard users can focus that region and scroll it with the arrow keys (WCAG
 * 2.1.1); its name says which table it holds. Styles in src/styles/handbook.css.
 */
export function rehypeTableRegions() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			const name = tableName(node, parent.children as ElementContent[]);
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabel: name ? `Tabel: ${name}` : 'Tabel' },
				children: [node],
			};
			return SKIP;
		});
	};
}
