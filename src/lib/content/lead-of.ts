import { toString } from 'mdast-util-to-string';
import { mdxParser } from './mdx-parser.ts';

/** The first paragraph of an MDX body as plain text: a page's description and a card's summary. */
export function leadOf(body: string): string {
	const paragraph = mdxParser.parse(body).children.find((node) => node.type === 'paragraph');
	return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
}
