import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxParser } from './mdx-parser.ts';

/** The first paragraph of a parsed MDX body as plain text. */
export function leadFrom(tree: Root): string {
	const paragraph = tree.children.find((node) => node.type === 'paragraph');
	return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
}

/**
 * The first paragraph of an MDX body as plain text: a page's description and a card's summary. In a
 * build the content loader works it out with the body's HTML (render-body.ts) and keeps it in the entry.
 */
export function leadOf(body: string): string {
	return leadFrom(mdxParser.parse(body));
}

/** The lead of an entry: the one the content loader kept with its rendered body, else worked out from its body. */
export function leadOfEntry(entry: { body?: string; rendered?: { metadata?: Record<string, unknown> } }): string {
	const kept = entry.rendered?.metadata?.lead;
	return typeof kept === 'string' ? kept : leadOf(entry.body ?? '');
}
