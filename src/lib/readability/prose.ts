import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxParser } from '../content/mdx-parser.ts';
import type { TextPart } from './measure.ts';

/**
 * The running text of an MDX or Markdown body, block by block, as the meter reads it: paragraphs
 * and list items, also inside components such as <Voorbeeld>. A block quote quotes a source
 * (verbatim). References to sources (a line "Bron: …", a section "Bronnen"), headings, tables and
 * code are not running text and do not fit a reading-ease formula; imports and expressions are not
 * text at all.
 */
export function proseOf(body: string, { quotesSources = false }: Pick<TextPart, 'quotesSources'> = {}): TextPart[] {
	let tree: Root;
	try {
		tree = mdxParser.parse(body);
	} catch {
		// Text the check refuses is still text a writer wants advice on.
		return body.split(/\n\s*\n/).map((text) => ({ text: text.trim(), quotesSources })).filter((part) => part.text !== '');
	}
	return withoutSourceSections(tree.children).flatMap((node) => blocksOf(node, { verbatim: false, quotesSources }));
}

/** A section headed "Bronnen" (or "Bron") lists references, not text to read: it runs to the next heading as high as its own. */
function withoutSourceSections(nodes: readonly Nodes[]): Nodes[] {
	let skipFrom: number | undefined;
	return nodes.filter((node) => {
		if (node.type === 'heading') {
			if (skipFrom !== undefined && node.depth <= skipFrom) skipFrom = undefined;
			if (skipFrom === undefined && /^bron(nen)?$/i.test(toString(node).trim())) skipFrom = node.depth;
		}
		return skipFrom === undefined;
	});
}

/** "Bron: Uitvoeringsplan …, §2.4." names where a text comes from; it is a reference, not a sentence to read. */
const sourceLine = /^Bron(nen)?( van [^:]+)?:/;

const skipped = new Set(['heading', 'table', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'thematicBreak', 'definition', 'yaml']);

function blocksOf(node: Nodes, context: Omit<TextPart, 'text'>): TextPart[] {
	if (skipped.has(node.type)) return [];
	if (node.type === 'blockquote') return node.children.flatMap((child) => blocksOf(child, { ...context, verbatim: true }));
	if (node.type === 'paragraph') {
		const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
		return text && !sourceLine.test(text) ? [{ text, ...context }] : [];
	}
	if ('children' in node) return node.children.flatMap((child) => blocksOf(child as Nodes, context));
	return [];
}
