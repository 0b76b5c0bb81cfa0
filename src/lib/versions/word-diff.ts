import { diffWords } from 'diff';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { mdxParser } from '../content/mdx-parser.ts';
import { exampleLabel } from '../labels.ts';

export interface DiffPart {
	change: 'same' | 'added' | 'removed';
	text: string;
}

/**
 * The words of `after` against those of `before`, in reading order: what stayed, what was taken
 * out, what was put in. diffWords compares words and punctuation and ignores whitespace, so a
 * reflowed line or a double space is no change; within a change, removed words come before the
 * added ones, which reads as "this became that".
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	return diffWords(before, after)
		.filter((change) => change.value !== '')
		.map((change) => ({ change: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}

/** A part of a diff as a page marks it: the spaces around its words stay outside the mark. */
export interface ReadablePart extends DiffPart {
	before: string;
	words: string;
	after: string;
}

/**
 * The parts with their spaces outside the marks, so only words are underlined or struck. Words
 * taken out and words put in at the same place get a space between them — "lijkt ontbreekt", not
 * "lijktontbreekt" — on the screen, when read aloud and when copied.
 */
export function readableParts(parts: DiffPart[]): ReadablePart[] {
	return parts.map((part, index) => {
		const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
		const next = parts[index + 1];
		const glued = part.change === 'removed' && next?.change === 'added' && after === '' && !/^\s/.test(next.text);
		return { ...part, before, words, after: glued ? ' ' : after };
	});
}

/** Whether two texts differ in their words, not only in whitespace. */
export const wordsDiffer = (before: string, after: string): boolean => wordDiff(before, after).some((part) => part.change !== 'same');

/** Nodes whose children are blocks of their own: each child becomes its own paragraph of text. */
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'footnoteDefinition', 'mdxJsxFlowElement']);

/**
 * An MDX body as the words a reader sees, one block (paragraph, list item, heading, table row)
 * per paragraph of text: a diff then shows changed words, not Markdown. An example
 * (<Voorbeeld titel="…">) starts with the label its page shows.
 */
export function plainTextOf(mdxBody: string): string {
	let tree: Nodes;
	try {
		tree = mdxParser.parse(mdxBody);
	} catch {
		// Published versions were checked when they were frozen; should one still not parse, its words are better than nothing.
		return mdxBody.trim();
	}
	// Quotes and dashes as the page shows them (render-body.ts uses the same plugin): “zo”, not "zo".
	typography.runSync(tree as Root);
	// A hard line break has no text of its own; without a space the words either side would run together.
	visit(tree, 'break', (_node, index, parent) => {
		if (parent && index !== undefined) parent.children[index] = { type: 'text', value: ' ' };
	});
	// An example shows a label above its text on the page, so the plain text has it too.
	visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
		// visit's test does not narrow the node's type; this line does.
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (node.name !== 'Voorbeeld') return;
		const titel = node.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'titel')?.value;
		const label = exampleLabel(typeof titel === 'string' ? titel : undefined);
		if (node.type === 'mdxJsxFlowElement') node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: label }] });
		else node.children.unshift({ type: 'text', value: `${label}: ` });
	});
	return blocksOf(tree).join('\n\n');
}

const typography = unified().use(remarkSmartypants);

function blocksOf(node: Nodes): string[] {
	if (node.type === 'tableRow') return [node.children.map(inlineText).join(' | ')];
	if ('children' in node && containers.has(node.type)) return node.children.flatMap(blocksOf);
	const text = inlineText(node);
	return text ? [text] : [];
}

const inlineText = (node: Nodes) => toString(node).replace(/\s+/g, ' ').trim();
